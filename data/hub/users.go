package hub

import (
	"context"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"
	"unicode"
)

// AddUser creates the login role name in the hub's group role (or, if it
// exists, sets its password and moves it to that role). The password is
// sent only as a SCRAM-SHA-256 verifier, never in clear.
func (h *Hub) AddUser(ctx context.Context, name, role, password string) error {
	if err := checkUserName(name); err != nil {
		return h.errorf("%v", err)
	}
	if !validRole(role) {
		return h.errorf("unknown role %q: use annotator, adjudicator or owner", role)
	}
	if password == "" {
		return h.errorf("no password given for %s (it is the first line of stdin)", name)
	}
	verifier, err := scramVerifier(password)
	if err != nil {
		return err
	}
	tx, err := h.conn.Begin(ctx)
	if err != nil {
		return h.fail(err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	roles, err := groupRoles(ctx, tx)
	if err != nil {
		return h.fail(err)
	}
	for _, r := range roles {
		if r == name {
			return h.errorf("%s is one of the hub's group roles, not a member name", name)
		}
	}
	var exists bool
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)", name).Scan(&exists); err != nil {
		return h.fail(err)
	}
	verb := "CREATE"
	if exists {
		verb = "ALTER"
	}
	stmts := []string{
		fmt.Sprintf("%s ROLE %s LOGIN PASSWORD '%s'", verb, ident(name), verifier),
		// a member cannot hold the change log's lock by leaving a transaction open
		fmt.Sprintf("ALTER ROLE %s SET idle_in_transaction_session_timeout = '5min'", ident(name)),
	}
	for _, r := range Roles {
		if exists {
			stmts = append(stmts, fmt.Sprintf("REVOKE %s FROM %s", ident(roles[r]), ident(name)))
		}
	}
	stmts = append(stmts, fmt.Sprintf("GRANT %s TO %s", ident(roles[role]), ident(name)))
	for _, s := range stmts {
		if _, err := tx.Exec(ctx, s); err != nil {
			return h.fail(err)
		}
	}
	return h.fail(tx.Commit(ctx))
}

// Role is the member role of a login on this hub ("" if none).
func (h *Hub) Role(ctx context.Context, login string) (string, error) {
	roles, err := groupRoles(ctx, h.conn)
	if err != nil {
		return "", h.fail(err)
	}
	found := ""
	for _, r := range Roles {
		var member bool
		err := h.conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AND pg_has_role($2, $1, 'MEMBER')",
			roles[r], login).Scan(&member)
		if err != nil {
			return "", h.fail(err)
		}
		if member {
			found = r
		}
	}
	return found, nil
}

func validRole(role string) bool {
	for _, r := range Roles {
		if r == role {
			return true
		}
	}
	return false
}

// checkUserName refuses names PostgreSQL or a terminal would mangle.
func checkUserName(name string) error {
	if name == "" || len(name) > 63 {
		return fmt.Errorf("user name %q: use 1–63 bytes", name)
	}
	if strings.HasPrefix(strings.ToLower(name), "pg_") {
		return fmt.Errorf("user name %q: names starting with pg_ are reserved by PostgreSQL", name)
	}
	for _, r := range name {
		if unicode.IsControl(r) || unicode.IsSpace(r) {
			return fmt.Errorf("user name %q: no spaces or control characters", name)
		}
	}
	return nil
}

// scramVerifier computes PostgreSQL's SCRAM-SHA-256 password verifier
// (RFC 5802/7677, as psql's \password does), so the clear password never
// reaches the server or its logs.
func scramVerifier(password string) (string, error) {
	const iterations = 4096
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	salted, err := pbkdf2.Key(sha256.New, password, salt, iterations, sha256.Size)
	if err != nil {
		return "", err
	}
	mac := func(key []byte, msg string) []byte {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(msg))
		return m.Sum(nil)
	}
	stored := sha256.Sum256(mac(salted, "Client Key"))
	b64 := base64.StdEncoding.EncodeToString
	return fmt.Sprintf("SCRAM-SHA-256$%d:%s$%s:%s", iterations, b64(salt), b64(stored[:]), b64(mac(salted, "Server Key"))), nil
}
