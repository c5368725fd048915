package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	vwidget "github.com/veritag/veritag/gui/widget"
)

// hubDialog is File → Team hub…: the hub's URL, the login, the password
// and whether the OS keyring keeps it. Its fields are kept for tests.
type hubDialog struct {
	u          *UI
	state      *widget.Label // where the link stands, when connected
	url        *widget.Entry
	user       *widget.Entry
	password   *widget.Entry
	remember   *widget.Check
	message    *vwidget.FormNote // the problem, or a warning
	connect    *widget.Button
	disconnect *widget.Button
	d          *dialog.CustomDialog
}

// showHubDialog opens the Team hub dialog.
func (u *UI) showHubDialog() {
	if u.hub == nil {
		return
	}
	h := &hubDialog{u: u}
	u.hubDialog = h
	h.state = widget.NewLabel("")
	h.state.Wrapping = fyne.TextWrapWord
	h.url = widget.NewEntry()
	h.url.SetPlaceHolder("postgres://hub.example.org/team")
	h.url.SetText(u.pref(prefHubURL, ""))
	h.user = widget.NewEntry()
	h.user.SetText(u.pref(prefHubUser, u.annotator))
	h.password = widget.NewPasswordEntry()
	h.remember = widget.NewCheck(lang.L("Remember the password in the system keyring"), nil)
	h.remember.SetChecked(u.app.Preferences().Bool(prefHubRemember))
	h.message = vwidget.NewFormNote()
	h.connect = widget.NewButtonWithIcon(lang.L("Connect"), theme.ConfirmIcon(), h.submit)
	h.connect.Importance = widget.HighImportance
	h.disconnect = widget.NewButtonWithIcon(lang.L("Disconnect"), theme.CancelIcon(), h.leave)
	for _, e := range []*widget.Entry{h.url, h.user, h.password} {
		e.OnChanged = func(string) { h.check() }
		e.OnSubmitted = func(string) { h.submit() }
	}
	form := widget.NewForm(
		&widget.FormItem{Text: lang.L("Hub URL"), Widget: h.url, HintText: lang.L("As psql takes it, without the password")},
		&widget.FormItem{Text: lang.L("User"), Widget: h.user, HintText: lang.L("Your PostgreSQL login: your tags reach the hub under this name")},
		&widget.FormItem{Text: lang.L("Password"), Widget: h.password, HintText: lang.L("Empty: the kept password, else PGPASSWORD or ~/.pgpass")},
		&widget.FormItem{Widget: h.remember},
	)
	intro := widget.NewLabel(lang.L("Sync this database with the team's PostgreSQL hub: your tags go to the team, theirs come here, and you can keep working offline."))
	intro.Wrapping = fyne.TextWrapWord
	h.d = dialog.NewCustomWithoutButtons(lang.L("Team hub"), container.NewVBox(intro, h.state, form, h.message), u.win)
	h.d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), h.d.Hide), h.disconnect, h.connect})
	h.d.SetOnClosed(func() {
		if u.hubDialog == h {
			u.hubDialog = nil
		}
	})
	h.refresh()
	h.check()
	h.d.Resize(fyne.NewSize(680, h.d.MinSize().Height))
	h.d.Show()
	u.win.Canvas().Focus(h.url)
}

// refresh shows where the link stands and offers Disconnect while
// connected.
func (h *hubDialog) refresh() {
	l := h.u.hubLink
	h.state.Hidden = !l.on
	h.disconnect.Hidden = !l.on
	if l.on {
		h.state.SetText(lang.L("{{.URL}} as {{.User}}", map[string]any{"URL": h.u.pref(prefHubURL, ""), "User": h.u.pref(prefHubUser, "")}) +
			": " + hubStatusText(l.report, h.u.now()))
	}
}

// value is the link the form describes.
func (h *hubDialog) value() model.HubLink {
	return model.HubLink{URL: strings.TrimSpace(h.url.Text), User: strings.TrimSpace(h.user.Text), Password: h.password.Text}
}

// problem says why the form cannot connect, or "".
func (h *hubDialog) problem(l model.HubLink) string {
	switch {
	case l.URL == "":
		return lang.L("Give the hub's URL.")
	case l.User == "":
		return lang.L("Give your login on the hub.")
	}
	if err := h.u.hub.CheckURL(l.URL); err != nil {
		return lang.L(err.Error())
	}
	return ""
}

// check shows the first problem and disables Connect, or warns when the
// login is not the annotator whose tags this database holds.
func (h *hubDialog) check() {
	l := h.value()
	p := h.problem(l)
	if p == "" && l.User != h.u.annotator {
		h.message.Say(lang.L("The hub takes only tags made under your login: tags made here as {{.Annotator}} will be refused.",
			map[string]any{"Annotator": h.u.annotator}), widget.WarningImportance)
	} else {
		h.message.Say(p, widget.DangerImportance)
	}
	if p == "" {
		h.connect.Enable()
	} else {
		h.connect.Disable()
	}
}

// submit connects with what the form says and closes it.
func (h *hubDialog) submit() {
	l := h.value()
	if h.problem(l) != "" {
		return
	}
	h.d.Hide()
	h.u.connectHub(l, h.remember.Checked)
}

// leave disconnects and closes the dialog.
func (h *hubDialog) leave() {
	h.d.Hide()
	h.u.disconnectHub()
}
