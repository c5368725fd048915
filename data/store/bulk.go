package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
)

// withBulkTx is withTx for writes of many rows (import, merge): for their
// duration the writer's page cache is raised to bulkCacheKiB, since the
// random inserts into the sentence hash index would otherwise spill pages
// to the WAL and write them many times over; afterwards it is put back and
// the memory released.
func (s *Store) withBulkTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	var old int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&old); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d", bulkCacheKiB(s.path))); err != nil {
			return err
		}
		return fn(tx)
	})
	if old != 0 {
		ctx := context.WithoutCancel(ctx)
		s.write.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = %d", old))
		s.write.ExecContext(ctx, "PRAGMA shrink_memory")
	}
	return err
}

// bulkCacheKiB is the page cache for a bulk write into the database at
// path: cacheKiBFor the file's size (the sentence hash index is about a
// seventh of it). Pages are only allocated as they are used.
func bulkCacheKiB(path string) int64 {
	var size int64
	for _, p := range []string{path, path + "-wal"} {
		if st, err := os.Stat(p); err == nil {
			size += st.Size()
		}
	}
	return cacheKiBFor(size)
}

// cacheKiBFor is the bulk page cache for a database of size bytes: a
// quarter of it, at least 64 MiB and at most 384 MiB, so that with the
// input being imported (at most 256 MB a file) the process stays under
// 1 GB.
func cacheKiBFor(size int64) int64 {
	return min(max(size/4/1024, 64<<10), 384<<10)
}
