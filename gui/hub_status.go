package gui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
)

// hubReasonRunes is how much of a refusal's reason the status bar shows;
// the Team hub dialog shows all of it.
const hubReasonRunes = 70

// newHubIndicator is the status bar's team hub button: what the link is
// doing; it opens the Team hub dialog. Hidden while not connected.
func newHubIndicator(u *UI) *widget.Button {
	b := widget.NewButtonWithIcon("", theme.ViewRefreshIcon(), u.unlessModal(u.showHubDialog))
	b.Importance = widget.LowImportance
	b.Hide()
	return b
}

// showHub shows the link's state in the status bar and in the Team hub
// dialog if it is open; called on every step and every second, so that
// "Synced 3 s ago" keeps counting.
func (s *statusBar) showHub() {
	l := s.u.hubLink
	if d := s.u.hubDialog; d != nil {
		d.refresh()
	}
	if !l.on {
		s.hub.Hide()
		return
	}
	s.hub.SetText(hubStatusText(l.report, s.u.now(), hubReasonRunes))
	s.hub.SetIcon(hubStatusIcon(l.report.State))
	s.hub.Show()
}

// hubStatusText says where syncing stands: "Synced 3 s ago", "Syncing…",
// "Offline — 12 waiting", "Refused: …" (the reason cut to reasonRunes,
// unless that is negative).
func hubStatusText(r model.HubReport, now time.Time, reasonRunes int) string {
	switch r.State {
	case model.HubSynced:
		return syncedAgo(now.Sub(r.At))
	case model.HubOffline:
		if r.Pending < 0 {
			return lang.L("Offline")
		}
		return lang.L("Offline — {{.N}} waiting", map[string]any{"N": r.Pending})
	case model.HubRefused:
		if reasonRunes >= 0 {
			return lang.L("Refused") + ": " + clip(r.Err, reasonRunes)
		}
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
