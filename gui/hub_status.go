package gui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
)

// hubIndicator is the status bar's team hub state: an icon and a line
// that shortens with an ellipsis in a narrow window, over a button that
// opens the Team hub dialog.
type hubIndicator struct {
	button *widget.Button
	icon   *widget.Icon
	text   *widget.Label
	box    *fyne.Container
}

func newHubIndicator(tapped func()) *hubIndicator {
	h := &hubIndicator{button: widget.NewButton("", tapped),
		icon: widget.NewIcon(theme.ViewRefreshIcon()), text: widget.NewLabel("")}
	h.button.Importance = widget.LowImportance
	h.text.Truncation = fyne.TextTruncateEllipsis
	h.box = container.NewStack(h.button, container.NewBorder(nil, nil, h.icon, nil, h.text))
	return h
}

// showHub shows the team hub link's state in the status bar, and in the
// Team hub dialog if it is open; called on every step and every second,
// so that "Synced 3 s ago" keeps counting.
func (u *UI) showHub() {
	if d := u.hubDialog; d != nil {
		d.refresh()
	}
	u.status.showHub(u.hubLink.on, u.hubLink.report, u.now())
}

// showHub shows the link's state (on: connected) beside the save state.
func (s *statusBar) showHub(on bool, r model.HubReport, now time.Time) {
	shown := len(s.centre.Objects) == 1 && s.centre.Objects[0] != s.saveState
	if !on {
		if shown {
			s.centre.Objects = []fyne.CanvasObject{s.saveState}
			s.centre.Refresh()
		}
		return
	}
	s.hub.text.SetText(hubStatusText(r, now))
	s.hub.icon.SetResource(hubStatusIcon(r.State))
	if !shown {
		s.centre.Objects = []fyne.CanvasObject{container.NewGridWithColumns(2, s.saveState, s.hub.box)}
		s.centre.Refresh()
	}
}

// hubStatusText says where syncing stands: "Synced 3 s ago", "Syncing…",
// "Offline — 12 waiting", "Refused: …".
func hubStatusText(r model.HubReport, now time.Time) string {
	switch r.State {
	case model.HubSynced:
		return syncedAgo(now.Sub(r.At))
	case model.HubOffline:
		if r.Pending < 0 {
			return lang.L("Offline")
		}
		return lang.L("Offline — {{.N}} waiting", map[string]any{"N": r.Pending})
	case model.HubRefused:
		return lang.L("Refused") + ": " + r.Err
	}
	return lang.L("Syncing…")
}

// syncedAgo says how long ago the last sync succeeded.
func syncedAgo(d time.Duration) string {
	switch d = max(d, 0); {
	case d < time.Minute:
		return lang.L("Synced {{.N}} s ago", map[string]any{"N": int(d.Seconds())})
	case d < time.Hour:
		return lang.L("Synced {{.N}} min ago", map[string]any{"N": int(d.Minutes())})
	}
	return lang.L("Synced {{.N}} h ago", map[string]any{"N": int(d.Hours())})
}

// hubStatusIcon pictures a link state.
func hubStatusIcon(st model.HubState) fyne.Resource {
	switch st {
	case model.HubSynced:
		return theme.ConfirmIcon()
	case model.HubOffline:
		return theme.WarningIcon()
	case model.HubRefused:
		return theme.ErrorIcon()
	}
	return theme.ViewRefreshIcon()
}
