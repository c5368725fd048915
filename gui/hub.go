package gui

import (
	"context"

	"github.com/veritag/veritag/data/model"
)

// TeamHub links the open database to a team hub (data/hublink implements
// it; tests use a fake). The GUI never speaks to PostgreSQL itself.
type TeamHub interface {
	// CheckURL refuses, in one line, a URL that is not a PostgreSQL
	// connection string or that carries a password.
	CheckURL(url string) error
	// Connect syncs with the hub in the background until Disconnect,
	// calling report from any goroutine with every step.
	Connect(link model.HubLink, report func(model.HubReport))
	// Disconnect stops syncing and waits until it has stopped; local
	// changes not yet pushed stay queued in the file.
	Disconnect()
	// Pending counts the local changes the hub has not taken yet; -1 when
	// the hub has never been reached.
	Pending(ctx context.Context) (int, error)
	HubPasswords
}

// HubPasswords keeps hub passwords in the OS keyring, and only there. An
// error is the keyring's reason for being unavailable, on one line.
type HubPasswords interface {
	// SavePassword keeps password for user on the hub at url.
	SavePassword(url, user, password string) error
	// Password is the password kept for user on the hub at url, "" if none.
	Password(url, user string) (string, error)
	// ForgetPassword removes the password kept for user on the hub at url.
	ForgetPassword(url, user string) error
}
