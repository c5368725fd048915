// Package pgtest starts a throwaway PostgreSQL cluster for tests: initdb
// into a temp dir as an unprivileged user (PostgreSQL refuses to run as
// root), the server on a free localhost port with its socket in that dir,
// stopped and removed at the end.
package pgtest

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
)

// SuperPassword is the password of the cluster's superuser "postgres".
const SuperPassword = "pgtest-super"

// Cluster is a running throwaway PostgreSQL cluster.
type Cluster struct {
	Port int
	dir  string // owned by the server's user: data/, the socket, the log
	bin  string // the folder holding initdb, pg_ctl and postgres
	cred *syscall.Credential
}

// Start creates and starts a cluster. The error says in one line why
// PostgreSQL cannot run here.
func Start() (*Cluster, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	c := &Cluster{bin: bin}
	if c.cred, err = serverUser(); err != nil {
		return nil, err
	}
	if c.dir, err = os.MkdirTemp("", "veritag-pg-"); err != nil {
		return nil, err
	}
	if c.cred != nil {
		if err := os.Chown(c.dir, int(c.cred.Uid), int(c.cred.Gid)); err != nil {
			c.remove()
			return nil, err
		}
	}
	if err := c.initdb(); err != nil {
		c.remove()
		return nil, err
	}
	if c.Port, err = freePort(); err != nil {
		c.remove()
		return nil, err
	}
	if err := c.Start(); err != nil {
		c.remove()
		return nil, err
	}
	return c, nil
}

// initdb creates the data folder with a password-protected superuser.
func (c *Cluster) initdb() error {
	pwfile := filepath.Join(c.dir, "pw")
	if err := os.WriteFile(pwfile, []byte(SuperPassword+"\n"), 0o600); err != nil {
		return err
	}
	if c.cred != nil {
		if err := os.Chown(pwfile, int(c.cred.Uid), int(c.cred.Gid)); err != nil {
			return err
		}
	}
	return c.run("initdb", "-D", c.data(), "-U", "postgres", "--pwfile", pwfile, "-E", "UTF8",
		"--locale=C", "--auth-host=scram-sha-256", "--auth-local=trust", "--no-sync")
}

// Start starts the server (again, after Stop) and waits until it accepts
// connections.
func (c *Cluster) Start() error {
	opts := fmt.Sprintf("-c port=%d -c listen_addresses=127.0.0.1 -c unix_socket_directories=%s "+
		"-c fsync=off -c full_page_writes=off -c max_connections=200", c.Port, c.dir)
	return c.run("pg_ctl", "start", "-w", "-t", "60", "-D", c.data(), "-l", filepath.Join(c.dir, "log"), "-o", opts)
}

// Stop shuts the server down (fast: open connections are dropped).
func (c *Cluster) Stop() error {
	return c.run("pg_ctl", "stop", "-w", "-m", "fast", "-D", c.data())
}

// Close stops the server and removes its files.
func (c *Cluster) Close() {
	c.run("pg_ctl", "stop", "-w", "-m", "immediate", "-D", c.data())
	c.remove()
}

// URL is a connection URI for user and password on database db.
func (c *Cluster) URL(user, password, db string) string {
	u := url.URL{Scheme: "postgres", User: url.UserPassword(user, password),
		Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(c.Port)), Path: "/" + db, RawQuery: "sslmode=disable"}
	return u.String()
}

// SuperURL is the superuser's connection URI for database db.
func (c *Cluster) SuperURL(db string) string { return c.URL("postgres", SuperPassword, db) }

func (c *Cluster) data() string { return filepath.Join(c.dir, "data") }

func (c *Cluster) remove() { os.RemoveAll(c.dir) }

// run runs one of the server's programs as the server's user.
func (c *Cluster) run(name string, args ...string) error {
	cmd := exec.Command(filepath.Join(c.bin, name), args...)
	cmd.Dir = c.dir
	cmd.Env = []string{"LC_ALL=C", "PATH=" + c.bin + ":/usr/bin:/bin", "HOME=" + c.dir}
	if c.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		msg := strings.Join(strings.Fields(string(out)), " ")
		if log, lerr := os.ReadFile(filepath.Join(c.dir, "log")); lerr == nil && name == "pg_ctl" {
			msg += " log: " + strings.Join(strings.Fields(lastLines(string(log), 3)), " ")
		}
		return fmt.Errorf("%s: %v: %s", name, err, msg)
	}
	return nil
}

// findBin finds PostgreSQL 15 or newer: Debian's versioned folders first,
// then pg_config's bindir.
func findBin() (string, error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if version(d) >= 15 && executable(filepath.Join(d, "initdb")) {
			return d, nil
		}
	}
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		d := strings.TrimSpace(string(out))
		if executable(filepath.Join(d, "initdb")) {
			return d, nil
		}
	}
	return "", errors.New("no PostgreSQL 15+ server found (apt-get install postgresql, or run make deps)")
}

// version reads the major version from /usr/lib/postgresql/N/bin.
func version(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

func executable(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode()&0o111 != 0
}

// serverUser is nil when not root; as root, the unprivileged user "nobody".
func serverUser() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		return nil, fmt.Errorf("running as root and no unprivileged user 'nobody' to run PostgreSQL as: %v", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

// freePort asks the kernel for a free localhost TCP port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
