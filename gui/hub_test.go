package gui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/veritag/veritag/data/model"
	"github.com/veritag/veritag/internal/guitest"
)

const testHubURL = "postgres://hub.example.org/team"

// hubUI opens a UI on b with a fake hub, as annotator alice, its clock
// stopped at a known time.
func hubUI(t *testing.T, a fyne.App, b Backend, h *fakeHub) *UI {
	t.Helper()
	u := newUI(a, b, Options{Annotator: "alice", Hub: h}, inline, defaultServices())
	u.win.Resize(fyne.NewSize(1280, 800))
	clock := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	u.now = func() time.Time { return clock }
	return u
}

// fillHubDialog opens File → Team hub… with its key and types into it.
func fillHubDialog(t *testing.T, u *UI, url, user, password string, remember bool) *hubDialog {
	t.Helper()
	shortcut(u, scHub)
	d := u.hubDialog
	if d == nil {
		t.Fatal("Ctrl+H opened no Team hub dialog")
	}
	d.url.SetText(url)
	d.user.SetText(user)
	d.password.SetText(password)
	d.remember.SetChecked(remember)
	return d
}

// hubText is what the status bar's hub indicator shows, "" when it is
// not in the status bar.
func hubText(u *UI) string {
	for _, l := range onScreen[*widget.Label](u) {
		if l == u.status.hub.text {
			return l.Text
		}
	}
	return ""
}

func TestHubDialogConnectsAndKeepsThePasswordOnlyInTheKeyring(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	h := newFakeHub()
	u := hubUI(t, test.NewTempApp(t), f, h)
	if hubText(u) != "" {
		t.Fatalf("the status bar shows %q before any hub is connected", hubText(u))
	}
	d := fillHubDialog(t, u, testHubURL, "alice", "s3cret", true)
	test.Tap(d.connect)
	got := h.last()
	if got.URL != testHubURL || got.User != "alice" || got.Password != "s3cret" {
		t.Fatalf("connected with %+v", got)
	}
	if h.keyring[testHubURL+"|alice"] != "s3cret" {
		t.Error("remember was ticked but the keyring does not hold the password")
	}
	p := u.app.Preferences()
	if p.String(prefHubURL) != testHubURL || p.String(prefHubUser) != "alice" || !p.Bool(prefHubOn) {
		t.Errorf("preferences: url %q user %q on %v", p.String(prefHubURL), p.String(prefHubUser), p.Bool(prefHubOn))
	}
	for _, k := range []string{prefHubURL, prefHubUser, prefHubID, prefAnnotator} {
		if strings.Contains(p.String(k), "s3cret") {
			t.Errorf("preference %s holds the password", k)
		}
	}
	if hubText(u) != "Syncing…" {
		t.Errorf("status after Connect: %q, want Syncing…", hubText(u))
	}

	d = fillHubDialog(t, u, testHubURL, "alice", "other", false)
	test.Tap(d.connect)
	if _, kept := h.keyring[testHubURL+"|alice"]; kept {
		t.Error("remember was unticked but the keyring still holds the password")
	}
	if h.last().Password != "other" || p.Bool(prefHubRemember) {
		t.Errorf("without remember: connected with %q, remember pref %v", h.last().Password, p.Bool(prefHubRemember))
	}
}

func TestHubDialogRefusesWhatCannotConnect(t *testing.T) {
	u := hubUI(t, test.NewTempApp(t), newFakeBackend(), newFakeHub())
	d := fillHubDialog(t, u, "", "alice", "", false)
	cases := []struct {
		url, user string
		enabled   bool
		says      string
	}{
		{"", "alice", false, "Give the hub's URL."},
		{testHubURL, " ", false, "Give your login on the hub."},
		{"postgres://alice:secret@hub/team", "alice", false, "password field"},
		{"hub.example.org", "alice", false, "not a PostgreSQL connection string"},
		{testHubURL, "bob", true, "tags made here as alice will be refused"},
		{"host=hub dbname=team", "alice", true, ""},
	}
	for _, c := range cases {
		d.url.SetText(c.url)
		d.user.SetText(c.user)
		if d.connect.Disabled() == c.enabled {
			t.Errorf("%q as %q: Connect enabled %v, want %v", c.url, c.user, !d.connect.Disabled(), c.enabled)
		}
		shown := d.message.Text
		if !d.message.Visible() {
			shown = ""
		}
		if (c.says == "") != (shown == "") || !strings.Contains(shown, c.says) {
			t.Errorf("%q as %q: says %q, want %q", c.url, c.user, shown, c.says)
		}
	}
	d.url.SetText("")
	d.submit()
	if u.hubLink.on {
		t.Error("Enter in an empty form connected")
	}
}

func TestHubStatusFollowsTheLink(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	h := newFakeHub()
	u := hubUI(t, test.NewTempApp(t), f, h)
	test.Tap(fillHubDialog(t, u, testHubURL, "alice", "", false).connect)
	now := u.now()
	h.send(model.HubReport{State: model.HubSynced, At: now.Add(-3 * time.Second), HubID: "hub-1", User: "alice"})
	if got := hubText(u); got != "Synced 3 s ago" {
		t.Errorf("after a sync: %q", got)
	}
	u.now = func() time.Time { return now.Add(2 * time.Minute) }
	u.showHub() // the one-second tick
	if got := hubText(u); got != "Synced 2 min ago" {
		t.Errorf("two minutes on: %q", got)
	}
	if u.app.Preferences().String(prefHubID) != "hub-1" {
		t.Error("the hub's identity is not remembered for counting while offline")
	}

	press(u, "1") // a tag of ours, committed: the link is syncing it
	if got := hubText(u); got != "Syncing…" {
		t.Errorf("after a local tag: %q", got)
	}

	h.send(model.HubReport{State: model.HubOffline, Pending: 12, Err: "unreachable: connection refused"})
	if got := hubText(u); got != "Offline — 12 waiting" {
		t.Errorf("offline: %q", got)
	}
	h.pending = 13
	press(u, "2") // tagged while offline: one more waits
	if got := hubText(u); got != "Offline — 13 waiting" {
		t.Errorf("offline after a tag: %q", got)
	}
	h.send(model.HubReport{State: model.HubOffline, Pending: -1})
	if got := hubText(u); got != "Offline" {
		t.Errorf("offline, never reached: %q", got)
	}

	reason := "wrong password for user alice (the password comes from PGPASSWORD or ~/.pgpass)"
	h.send(model.HubReport{State: model.HubRefused, Err: reason})
	if got := hubText(u); got != "Refused: "+reason || u.status.hub.text.Truncation != fyne.TextTruncateEllipsis {
		t.Errorf("refused: %q", got)
	}
	test.Tap(u.status.hub.button) // the indicator opens the dialog, which shows the whole reason
	if u.hubDialog == nil || !strings.Contains(u.hubDialog.state.Text, reason) {
		t.Errorf("the dialog does not show the whole refusal")
	}
}

func TestHubPullShowsOthersLabelsInTheOpenArticle(t *testing.T) {
	for _, blind := range []bool{false, true} {
		f := newFakeBackend()
		doc := kursk(f)
		h := newFakeHub()
		b := &blindBackend{fakeBackend: f, blind: blind}
		u := hubUI(t, test.NewTempApp(t), b, h)
		test.Tap(fillHubDialog(t, u, testHubURL, "alice", "", false).connect)
		u.selectSentence(1)

		// The sync writes bob's tag into the local file, then reports.
		f.Annotate(context.Background(), model.Annotation{DocID: doc, SentenceIndex: 1, Annotator: "bob", Label: "FACT"})
		h.send(model.HubReport{State: model.HubSynced, At: u.now(), Pulled: 1})

		shown := len(u.others[1]) == 1 && !u.panel.othersBox.Hidden
		if shown == blind {
			t.Errorf("blind mode %v: bob's label shown %v (others %v)", blind, shown, u.others)
		}
		// Reopening the article follows the same rule.
		u.open(doc, 1)
		if (len(u.others[1]) == 1) == blind {
			t.Errorf("blind mode %v: reopened article shows others %v", blind, u.others)
		}
	}
}

func TestHubDisconnectStopsSyncingAndForgetsNothing(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	h := newFakeHub()
	u := hubUI(t, test.NewTempApp(t), f, h)
	test.Tap(fillHubDialog(t, u, testHubURL, "alice", "s3cret", true).connect)
	press(u, "1")
	shortcut(u, scHub)
	if u.hubDialog.disconnect.Hidden {
		t.Fatal("the dialog offers no Disconnect while connected")
	}
	test.Tap(u.hubDialog.disconnect)
	if h.disconnects != 1 {
		t.Errorf("Disconnect called %d times, want 1", h.disconnects)
	}
	if hubText(u) != "" || u.app.Preferences().Bool(prefHubOn) {
		t.Errorf("after Disconnect: status %q, resumed at next start %v", hubText(u), u.app.Preferences().Bool(prefHubOn))
	}
	h.send(model.HubReport{State: model.HubSynced, At: u.now()}) // a late report of the stopped link
	if hubText(u) != "" {
		t.Errorf("a report after Disconnect shows %q", hubText(u))
	}
	mustLabel(t, f, doc, 0, "CLAIM")
	if u.app.Preferences().String(prefHubURL) != testHubURL || h.keyring[testHubURL+"|alice"] != "s3cret" {
		t.Error("Disconnect forgot the hub's URL or the kept password")
	}
	shortcut(u, scHub)
	if !u.hubDialog.disconnect.Hidden || u.hubDialog.url.Text != testHubURL {
		t.Error("the dialog after Disconnect should offer Connect again with the same URL")
	}
}

func TestHubResumesAtStartWithTheKeptPassword(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	p.SetString(prefHubURL, testHubURL)
	p.SetString(prefHubUser, "alice")
	p.SetString(prefHubID, "hub-1")
	p.SetBool(prefHubOn, true)
	p.SetBool(prefHubRemember, true)
	h := newFakeHub()
	h.keyring[testHubURL+"|alice"] = "s3cret"
	u := hubUI(t, a, newFakeBackend(), h)
	if len(h.links) != 0 {
		t.Fatal("connected before the window runs")
	}
	u.resumeHub()
	want := model.HubLink{URL: testHubURL, User: "alice", Password: "s3cret", HubID: "hub-1"}
	if h.last() != want {
		t.Errorf("resumed with %+v, want %+v", h.last(), want)
	}
	if hubText(u) != "Syncing…" {
		t.Errorf("status while resuming: %q", hubText(u))
	}

	p.SetBool(prefHubOn, false) // disconnected when it last quit
	h2 := newFakeHub()
	hubUI(t, a, newFakeBackend(), h2).resumeHub()
	if len(h2.links) != 0 {
		t.Error("a hub disconnected at quit was resumed")
	}
}

func TestHubWithoutKeyringSaysSoAndConnects(t *testing.T) {
	h := newFakeHub()
	h.keyringErr = errors.New("no D-Bus session")
	u := hubUI(t, test.NewTempApp(t), newFakeBackend(), h)
	test.Tap(fillHubDialog(t, u, testHubURL, "alice", "s3cret", true).connect)
	if h.last().Password != "s3cret" {
		t.Error("without a keyring the typed password is not used for the session")
	}
	text := overlayText(u)
	if !strings.Contains(text, "The system keyring is unavailable (no D-Bus session)") || !strings.Contains(text, "not kept") {
		t.Errorf("no one-line notice of the missing keyring: %q", text)
	}
	if u.app.Preferences().Bool(prefHubRemember) {
		t.Error("a password the keyring could not keep is looked for there at the next start")
	}
}

func TestQuitStopsTheHubLinkBeforeTheAppEnds(t *testing.T) {
	f := newFakeBackend()
	doc := kursk(f)
	u, held, exits := heldUI(t, f)
	h := newFakeHub()
	calls := []string{}
	h.calls = &calls
	u.hub = h
	u.connectHub(model.HubLink{URL: testHubURL, User: "alice"}, false)
	runHeld(held)
	u.exit = func() { *exits++; calls = append(calls, "exit") }
	press(u, "1")
	shortcut(u, scQuit)
	runHeld(held)
	if strings.Join(calls, " ") != "connect disconnect exit" {
		t.Errorf("calls %v, want the link stopped before the app exits", calls)
	}
	if *exits != 1 || !u.app.Preferences().Bool(prefHubOn) {
		t.Errorf("exits %d; resumed at next start %v", *exits, u.app.Preferences().Bool(prefHubOn))
	}
	mustLabel(t, f, doc, 0, "CLAIM")
}

// overlayText is the text of the window's overlays (dialogs), one line
// per label.
func overlayText(u *UI) string {
	var said []string
	for _, o := range u.win.Canvas().Overlays().List() {
		said = append(said, guitest.Texts(o))
	}
	return strings.Join(said, "\n")
}

func TestHubStatusFitsTheNarrowWindow(t *testing.T) {
	f := newFakeBackend()
	kursk(f)
	h := newFakeHub()
	u := hubUI(t, test.NewTempApp(t), f, h)
	u.win.Resize(fyne.NewSize(900, 600))
	test.Tap(fillHubDialog(t, u, testHubURL, "alice", "", false).connect)
	h.send(model.HubReport{State: model.HubRefused, Err: strings.Repeat("wrong password for user alice ", 5)})
	u.win.Content().Refresh()
	if m := u.win.Content().MinSize(); m.Width > 900 {
		t.Fatalf("with a refusal in the status bar the window needs %v px, more than 900", m.Width)
	}
	checkInside(t, u)
}
