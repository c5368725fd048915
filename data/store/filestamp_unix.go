//go:build !windows

package store

import "golang.org/x/sys/unix"

// statStamp is the identity and times of the file at path: device, inode,
// size, and modification and change times in nanoseconds. The change time
// moves on every write and no program can set it back, so a file another
// program wrote never matches a stamp taken before.
func statStamp(path string) (fileStamp, bool) {
	var st unix.Stat_t
	if err := unix.Stat(path, &st); err != nil {
		return fileStamp{}, false
	}
	return fileStamp{Dev: uint64(st.Dev), Ino: uint64(st.Ino), Size: st.Size,
		Mtime: st.Mtim.Nano(), Ctime: st.Ctim.Nano()}, true
}
