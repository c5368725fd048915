package gui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/veritag/veritag/data/model"
)

// Preference keys of the team hub link. The password is never among them.
const (
	prefHubURL      = "hubURL"
	prefHubUser     = "hubUser"
	prefHubID       = "hubID"       // the identity of the hub at hubURL, once reached
	prefHubOn       = "hubOn"       // connected when the app last quit: resumed at start
	prefHubRemember = "hubRemember" // a password for hubURL and hubUser is in the OS keyring
)

// hubLink is what the UI knows of its team hub link. UI thread only.
type hubLink struct {
	on     bool            // connected (syncing, offline or refused)
	report model.HubReport // the latest step
	gen    int             // drops reports from a link since disconnected
	queue  *serial         // connects and disconnects, in the order asked
}

// connectHub saves the link's URL and user, keeps or forgets the password
// in the OS keyring as asked, and starts syncing.
func (u *UI) connectHub(link model.HubLink, remember bool) {
	p := u.app.Preferences()
	if link.URL != u.pref(prefHubURL, "") {
		p.RemoveValue(prefHubID)
	}
	p.SetString(prefHubURL, link.URL)
	p.SetString(prefHubUser, link.User)
	p.SetBool(prefHubOn, true)
	keep := remember && link.Password != ""
	usesKept := remember && link.Password == "" && p.Bool(prefHubRemember)
	p.SetBool(prefHubRemember, keep || usesKept)
	link.HubID = u.pref(prefHubID, "")
	gen := u.startLink()
	u.hubLink.queue.do(func() {
		var problem error
		switch {
		case keep:
			problem = u.hub.SavePassword(link.URL, link.User, link.Password)
		case usesKept:
			link.Password, problem = u.hub.Password(link.URL, link.User)
		case !remember:
			u.hub.ForgetPassword(link.URL, link.User) // nothing kept, or no keyring: nothing to forget
		}
		u.hub.Connect(link, u.hubReporter(gen))
		if problem != nil {
			fyne.Do(func() { u.keyringUnavailable(problem, keep) })
		}
	})
}

// resumeHub reconnects at start to the hub the app was connected to when
// it last quit, with the password kept in the keyring if there is one.
func (u *UI) resumeHub() {
	if u.hub == nil || !u.app.Preferences().Bool(prefHubOn) || u.pref(prefHubURL, "") == "" {
		return
	}
	link := model.HubLink{URL: u.pref(prefHubURL, ""), User: u.pref(prefHubUser, ""), HubID: u.pref(prefHubID, "")}
	remembered := u.app.Preferences().Bool(prefHubRemember)
	gen := u.startLink()
	u.hubLink.queue.do(func() {
		var problem error
		if remembered {
			link.Password, problem = u.hub.Password(link.URL, link.User)
		}
		u.hub.Connect(link, u.hubReporter(gen))
		if problem != nil {
			fyne.Do(func() { u.keyringUnavailable(problem, false) })
		}
	})
}

// startLink marks the link as connecting and returns its generation.
func (u *UI) startLink() int {
	u.hubLink.gen++
	u.hubLink.on = true
	u.hubLink.report = model.HubReport{State: model.HubSyncing, Pending: -1}
	u.showHub()
	return u.hubLink.gen
}

// keyringUnavailable says in one line that the OS keyring could not be
// used and what the link falls back to. A password it could not keep is
// not looked for there at the next start.
func (u *UI) keyringUnavailable(err error, saving bool) {
	msg := lang.L("The system keyring is unavailable ({{.Reason}}): the password comes from PGPASSWORD or ~/.pgpass.",
		map[string]any{"Reason": err.Error()})
	if saving {
		u.app.Preferences().SetBool(prefHubRemember, false)
		msg = lang.L("The system keyring is unavailable ({{.Reason}}): the password is used until Veritag quits, and not kept.",
			map[string]any{"Reason": err.Error()})
	}
	dialog.ShowInformation(lang.L("Team hub"), msg, u.win)
}

// disconnectHub stops syncing for good (until the user connects again):
// nothing local is forgotten, and changes not yet pushed stay queued.
func (u *UI) disconnectHub() {
	u.hubLink.gen++
	u.hubLink.on = false
	u.app.Preferences().SetBool(prefHubOn, false)
	u.showHub()
	u.hubLink.queue.do(u.hub.Disconnect)
}

// hubReporter hands a link's reports to the UI thread.
func (u *UI) hubReporter(gen int) func(model.HubReport) {
	return func(r model.HubReport) {
		fyne.Do(func() {
			if gen == u.hubLink.gen && u.hubLink.on {
				u.hubReported(r)
			}
		})
	}
}

// hubReported shows a step of the link; what the hub sent is shown in the
// open article at once.
func (u *UI) hubReported(r model.HubReport) {
	u.hubLink.report = r
	if r.HubID != "" {
		u.app.Preferences().SetString(prefHubID, r.HubID)
	}
	if r.State == model.HubSynced && r.Pulled > 0 {
		u.db.do(func() {
			u.wrote(context.Background())
			u.reloadOutside()
		})
	}
	u.showHub()
}

// localChange updates the hub status after a change of ours was
// committed: a synced link is syncing it now, an offline one has one more
// change waiting.
func (u *UI) localChange() {
	if !u.hubLink.on {
		return
	}
	switch u.hubLink.report.State {
	case model.HubSynced:
		u.hubLink.report.State = model.HubSyncing
		u.showHub()
	case model.HubOffline:
		gen := u.hubLink.gen
		u.db.do(func() {
			n, err := u.hub.Pending(context.Background())
			fyne.Do(func() {
				if err == nil && gen == u.hubLink.gen && u.hubLink.report.State == model.HubOffline {
					u.hubLink.report.Pending = n
					u.showHub()
				}
			})
		})
	}
}

// stopHubThen stops the link's watch in the background, then runs then on
// the UI thread: quitting never leaves a sync running on a closed file.
func (u *UI) stopHubThen(then func()) {
	if u.hub == nil {
		then()
		return
	}
	u.hubLink.queue.do(func() {
		u.hub.Disconnect()
		fyne.Do(then)
	})
}
