package gui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
)

// blindSwitch is implemented by backends that keep blind mode and the
// project roles (the SQLite store).
type blindSwitch interface {
	projectSettings
	SetBlind(ctx context.Context, by string, on bool) error
	Role(ctx context.Context, annotator string) (model.Role, error)
}

// blindMode is what the window shows of the project's blind mode: while
// on, other annotators' labels, final labels, their history, the team
// windows and the suggestions are hidden.
type blindMode struct {
	on    bool
	badge *widget.Button // the status bar's indicator, shown while on
	item  *fyne.MenuItem // Team → Blind mode, checked while on
}

// newBlindBadge makes the status bar's blind mode indicator; tapping it
// asks to switch blind mode off.
func newBlindBadge(u *UI) *widget.Button {
	b := widget.NewButtonWithIcon(lang.L("Blind mode"), theme.VisibilityOffIcon(), func() { u.switchBlind(false) })
	b.Importance = widget.WarningImportance
	b.Hide()
	return b
}

// blindMenuItem is Team → Blind mode, on its shortcut.
func (u *UI) blindMenuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L("Blind mode"), u.unlessModal(u.toggleBlind))
	it.Shortcut = scBlind
	it.Checked = u.blind.on
	u.blind.item = it
	return it
}

// toggleBlind switches blind mode on, or off when it is on.
func (u *UI) toggleBlind() { u.switchBlind(!u.blind.on) }

// switchBlind asks the project to switch blind mode on or off as the
// annotator. Switching off is refused, with a message, unless the
// annotator is an owner or adjudicator of the project.
func (u *UI) switchBlind(on bool) {
	sw, ok := u.b.(blindSwitch)
	if !ok {
		u.status.message(lang.L("This database keeps no project settings"))
		return
	}
	who := u.annotator
	u.db.do(func() {
		ctx := context.Background()
		if !on {
			if role, err := sw.Role(ctx, who); err == nil && !role.MaySeeOthers() {
				fyne.Do(func() {
					dialog.ShowInformation(lang.L("Blind mode"), lang.L("Only an owner or adjudicator can switch blind mode off; {{.Name}} is an annotator.",
						map[string]any{"Name": who}), u.win)
				})
				return
			}
		}
		err := sw.SetBlind(ctx, who, on)
		if err == nil {
			u.wrote(ctx)
			u.reloadOutside()
		}
		fyne.Do(func() {
			switch {
			case err != nil:
				u.showError(lang.L("Could not change the setting"), err)
			case on:
				u.status.message(lang.L("Blind mode on: other annotators' labels, agreement and suggestions are hidden"))
			default:
				u.status.message(lang.L("Blind mode off: other annotators' labels are shown"))
			}
		})
	})
}

// setBlind shows the project's blind mode as read from the database: the
// indicator, the menu's check mark, the suggestions, and the team windows,
// which close when it goes on. The caller redraws the article and panel.
func (u *UI) setBlind(on bool) {
	if u.blind.on == on {
		return
	}
	u.blind.on = on
	if on {
		u.blind.badge.Show()
		u.team.Close()
	} else {
		u.blind.badge.Hide()
	}
	if u.blind.item != nil {
		u.blind.item.Checked = on
		if m := u.win.MainMenu(); m != nil {
			m.Refresh()
		}
	}
	u.sugg.cache = nil
}

// unlessBlind runs action, a view of other annotators' work, unless the
// project is blind; then it says why the view is hidden.
func (u *UI) unlessBlind(action func()) func() {
	return u.unlessModal(func() {
		if !u.blind.on {
			action()
			return
		}
		dialog.ShowInformation(lang.L("Blind mode"),
			lang.L("Agreement, adjudication and the model's figures are hidden while the project is blind. An owner or adjudicator can switch blind mode off (Team → Blind mode, Ctrl+Shift+B)."), u.win)
	})
}

// finalLabel is the adjudicated final label of sentence i, hidden in
// blind mode.
func (u *UI) finalLabel(i int) string {
	if u.blind.on {
		return ""
	}
	return u.adjudged[i]
}

// ownEvents keeps, in blind mode, only the annotator's own events of a
// sentence's history.
func (u *UI) ownEvents(events []model.Event) []model.Event {
	if !u.blind.on {
		return events
	}
	var own []model.Event
	for _, ev := range events {
		if ev.Annotator == u.annotator {
			own = append(own, ev)
		}
	}
	return own
}
