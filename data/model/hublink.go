package model

import "time"

// HubLink is what the desktop app connects to a team hub with.
type HubLink struct {
	// URL is the hub as psql takes it: a connection URI or key=value string.
	URL string
	// User is the PostgreSQL login; it overrides a user in URL.
	User string
	// Password is the one typed or read from the OS keyring; empty means
	// PGPASSWORD or ~/.pgpass. It is never written to the database or the
	// preferences.
	Password string
	// HubID is the hub's identity when known from an earlier connection,
	// so that the changes waiting for it can be counted while it is down.
	HubID string
}

// HubState is where syncing with a hub stands.
type HubState int

// The states of a hub link.
const (
	HubSyncing HubState = iota // connecting or a sync round is under way
	HubSynced                  // the last round succeeded
	HubOffline                 // the hub cannot be reached; retried automatically
	HubRefused                 // the hub refused: password, schema, rights, not a hub
)

// HubReport is one step of a hub link, as the desktop app shows it.
type HubReport struct {
	State HubState
	// At is when the last round succeeded (HubSynced).
	At time.Time
	// Pushed and Pulled are what the round moved each way (HubSynced).
	Pushed, Pulled int
	// Pending counts the local changes the hub has not taken yet
	// (HubOffline); -1 when the hub has never been reached.
	Pending int
	// Err is the reason on one line (HubOffline, HubRefused).
	Err string
	// HubID and User are the hub's identity and the login it knows this
	// link as, once it has been reached.
	HubID, User string
}
