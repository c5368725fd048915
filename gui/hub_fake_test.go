package gui

import (
	"context"
	"errors"
	"strings"
	"sync"

	"github.com/veritag/veritag/data/model"
)

// fakeHub is a TeamHub that records what the UI asks and lets the test
// send the reports a real link would.
type fakeHub struct {
	mu          sync.Mutex
	links       []model.HubLink // every Connect, in order
	report      func(model.HubReport)
	disconnects int
	pending     int
	keyring     map[string]string // url|user -> password
	keyringErr  error             // returned by every keyring call when set
	calls       *[]string         // "connect", "disconnect", when the test follows the order
}

func newFakeHub() *fakeHub { return &fakeHub{keyring: map[string]string{}, pending: -1} }

func (h *fakeHub) CheckURL(url string) error {
	if strings.Contains(url, ":secret@") {
		return errors.New("the URL carries a password: type it in the password field instead")
	}
	if !strings.HasPrefix(url, "postgres://") && !strings.Contains(url, "=") {
		return errors.New("not a PostgreSQL connection string (postgres://host/database or host=... dbname=...)")
	}
	return nil
}

func (h *fakeHub) Connect(link model.HubLink, report func(model.HubReport)) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.links = append(h.links, link)
	h.report = report
	h.note("connect")
}

func (h *fakeHub) Disconnect() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.disconnects++
	h.note("disconnect")
}

func (h *fakeHub) note(call string) {
	if h.calls != nil {
		*h.calls = append(*h.calls, call)
	}
}

func (h *fakeHub) Pending(context.Context) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.pending, nil
}

func (h *fakeHub) SavePassword(url, user, password string) error {
	if h.keyringErr != nil {
		return h.keyringErr
	}
	h.keyring[url+"|"+user] = password
	return nil
}

func (h *fakeHub) Password(url, user string) (string, error) {
	if h.keyringErr != nil {
		return "", h.keyringErr
	}
	return h.keyring[url+"|"+user], nil
}

func (h *fakeHub) ForgetPassword(url, user string) error {
	if h.keyringErr != nil {
		return h.keyringErr
	}
	delete(h.keyring, url+"|"+user)
	return nil
}

// send delivers a report as the running link would.
func (h *fakeHub) send(r model.HubReport) {
	h.mu.Lock()
	report := h.report
	h.mu.Unlock()
	report(r)
}

// last is the link of the latest Connect.
func (h *fakeHub) last() model.HubLink {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.links) == 0 {
		return model.HubLink{}
	}
	return h.links[len(h.links)-1]
}

// blindBackend is the fake backend with the project's blind mode.
type blindBackend struct {
	*fakeBackend
	blind bool
}

func (b *blindBackend) ProjectSettings(context.Context) (model.ProjectSettings, error) {
	return model.ProjectSettings{Blind: b.blind}, nil
}
