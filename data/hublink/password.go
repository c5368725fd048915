package hublink

import (
	"errors"

	"github.com/zalando/go-keyring"
)

// keyringService names Veritag's entries in the OS keyring.
const keyringService = "Veritag team hub"

// account is the keyring entry of one login on one hub.
func account(url, user string) string { return user + " @ " + url }

// SavePassword keeps password in the OS keyring for user on the hub at url.
// An error is the keyring's reason for failing, on one line (the caller
// says that the keyring is unavailable).
func (l *Link) SavePassword(url, user, password string) error {
	return unavailable(keyring.Set(keyringService, account(url, user), password))
}

// Password reads the password kept for user on the hub at url; "" when
// none is kept.
func (l *Link) Password(url, user string) (string, error) {
	pw, err := keyring.Get(keyringService, account(url, user))
	if errors.Is(err, keyring.ErrNotFound) {
		return "", nil
	}
	return pw, unavailable(err)
}

// ForgetPassword removes the password kept for user on the hub at url, if
// any.
func (l *Link) ForgetPassword(url, user string) error {
	err := keyring.Delete(keyringService, account(url, user))
	if errors.Is(err, keyring.ErrNotFound) {
		return nil
	}
	return unavailable(err)
}

// unavailable folds a keyring failure onto one line.
func unavailable(err error) error {
	if err == nil {
		return nil
	}
	return errors.New(oneLine(err))
}
