package store

import (
	"context"
	"database/sql/driver"
	"sync/atomic"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// writerConnector opens the writer's connection and keeps it, so that a
// bulk import can prepare its hot statements on the driver connection
// itself (rawStmt): the writer pool holds one connection, so the one
// opened last is the one every transaction runs on.
type writerConnector struct {
	dsn  string
	last atomic.Pointer[sqlite3.SQLiteConn]
}

// Connect opens a connection and remembers it.
func (c *writerConnector) Connect(context.Context) (driver.Conn, error) {
	conn, err := (&sqlite3.SQLiteDriver{}).Open(c.dsn)
	if err != nil {
		return nil, err
	}
	c.last.Store(conn.(*sqlite3.SQLiteConn))
	return conn, nil
}

// Driver is the SQLite driver.
func (c *writerConnector) Driver() driver.Driver { return &sqlite3.SQLiteDriver{} }

// rawStmt is a statement prepared on the writer's driver connection: each
// execution binds its arguments and steps in the driver, without
// database/sql's per-call conversions (a tenth of a large import's time).
// It must only run inside a transaction of withTx, which nothing rolls
// back behind its back.
type rawStmt struct {
	st   driver.StmtExecContext
	args []driver.NamedValue
}

// prepareRaw prepares query on the writer's connection.
func (s *Store) prepareRaw(query string) (*rawStmt, error) {
	st, err := s.writer.last.Load().Prepare(query)
	if err != nil {
		return nil, err
	}
	return &rawStmt{st: st.(driver.StmtExecContext)}, nil
}

// exec runs the statement with values.
func (r *rawStmt) exec(values ...any) (driver.Result, error) {
	r.args = r.args[:0]
	for i, v := range values {
		r.args = append(r.args, driver.NamedValue{Ordinal: i + 1, Value: v})
	}
	return r.st.ExecContext(context.Background(), r.args)
}

// close releases the statement.
func (r *rawStmt) close() error { return r.st.(driver.Stmt).Close() }
