package hub

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// connectTimeout bounds a connection attempt to a host that does not answer.
const connectTimeout = 10 * time.Second

// Error is a failure at the hub, one line naming it. Offline says the hub
// could not be reached (or the connection dropped): an ordinary state that
// a later retry may clear, unlike a refusal.
type Error struct {
	Hub     string
	Msg     string
	Offline bool
	Refused bool // the hub refused the action: the role lacks the right
}

func (e *Error) Error() string { return "hub " + e.Hub + ": " + e.Msg }

// IsOffline reports whether err means the hub could not be reached.
func IsOffline(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Offline
}

// IsRefused reports whether err is the hub refusing an action for lack of
// rights.
func IsRefused(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Refused
}

func (h *Hub) errorf(format string, args ...any) error {
	return &Error{Hub: h.name, Msg: fmt.Sprintf(format, args...)}
}

// fail turns an error from a statement into one line naming the hub.
func (h *Hub) fail(err error) error {
	if err == nil {
		return nil
	}
	var he *Error
	if errors.As(err, &he) {
		return err
	}
	return classify(h.name, h.User, err)
}

// connectError explains a failed connection attempt.
func connectError(name, user string, err error) error {
	var pgErr *pgconn.PgError
	var dnsErr *net.DNSError
	switch {
	case errors.As(err, &pgErr) && pgErr.Code == "28P01":
		return &Error{Hub: name, Msg: fmt.Sprintf("wrong password for user %s (the password comes from PGPASSWORD or ~/.pgpass)", user)}
	case errors.As(err, &pgErr) && pgErr.Code == "3D000":
		return &Error{Hub: name, Msg: "no such database: " + pgErr.Message}
	case errors.As(err, &pgErr) && strings.HasPrefix(pgErr.Code, "28"):
		return &Error{Hub: name, Msg: fmt.Sprintf("refused user %s: %s", user, pgErr.Message), Refused: true}
	case errors.As(err, &dnsErr) || strings.Contains(err.Error(), "no such host"):
		host, _, _ := strings.Cut(name, ":")
		return &Error{Hub: name, Msg: "unknown host " + host, Offline: true}
	case strings.Contains(err.Error(), "no password") || strings.Contains(err.Error(), "password is empty"):
		return &Error{Hub: name, Msg: fmt.Sprintf("no password for user %s: set PGPASSWORD or add it to ~/.pgpass", user)}
	}
	return classify(name, user, err)
}

// classify explains an error from an open connection.
func classify(name, user string, err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch {
		case pgErr.Code == "42501" && strings.Contains(pgErr.Message, "row-level security"):
			return &Error{Hub: name, Refused: true,
				Msg: fmt.Sprintf("refused: %s may write only rows in their own name (%s)", user, pgErr.Message)}
		case pgErr.Code == "42501":
			return &Error{Hub: name, Refused: true, Msg: fmt.Sprintf("refused: %s lacks the right (%s)", user, pgErr.Message)}
		case strings.HasPrefix(pgErr.Code, "08") || strings.HasPrefix(pgErr.Code, "57P"):
			return &Error{Hub: name, Offline: true, Msg: "connection lost: " + pgErr.Message}
		}
		return &Error{Hub: name, Msg: pgErr.Message}
	}
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		pgconn.Timeout(err) || strings.Contains(err.Error(), "conn closed") ||
		strings.Contains(err.Error(), "connection refused") || strings.Contains(err.Error(), "failed to connect") {
		if errors.Is(err, context.Canceled) {
			return err
		}
		return &Error{Hub: name, Offline: true, Msg: "unreachable: " + oneLine(nil, err)}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &Error{Hub: name, Msg: oneLine(nil, err)}
}

// oneLine folds an error message onto one line, preferring inner.
func oneLine(inner, outer error) string {
	err := outer
	if inner != nil {
		err = inner
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}
