package scale

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"
)

// percentile returns the p-th percentile (0..100) of ds, nearest rank.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(p/100*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// ms formats a duration in milliseconds.
func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d)/float64(time.Millisecond), 'f', 1, 64)
}

// procStatusMB reads a memory field (VmHWM, VmRSS) of /proc/PID/status in
// MB; pid "self" is this process.
func procStatusMB(pid, field string) (float64, error) {
	b, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			var kb float64
			if _, err := fmt.Sscan(rest, &kb); err != nil {
				return 0, err
			}
			return kb / 1024, nil
		}
	}
	return 0, fmt.Errorf("no %s in /proc/%s/status", field, pid)
}

// resetPeak returns freed memory to the OS and restarts VmHWM from the
// current RSS, so that the next peak read is that of what follows.
func resetPeak() error {
	runtime.GC()
	debug.FreeOSMemory()
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// settle waits until process pid, started at start, settles. It returns
// when the quiet that lasted began, and false if none came in time.
func settle(pid string, start time.Time, exited <-chan error) (time.Duration, bool, error) {
	var since time.Time // start of the current quiet
	var rss0 float64
	var cpu0 time.Duration
	for time.Since(start) < settleTimeout {
		rss, err := procStatusMB(pid, "VmRSS")
		if err != nil {
			return 0, false, err
		}
		cpu, err := cpuTime(pid)
		if err != nil {
			return 0, false, err
		}
		switch {
		case since.IsZero() || rss-rss0 >= settleGrowth || cpu-cpu0 >= settleCPU:
			since, rss0, cpu0 = time.Now(), rss, cpu
		case time.Since(since) >= settleWindow:
			return since.Sub(start), true, nil
		}
		select {
		case err := <-exited:
			return 0, false, fmt.Errorf("the app exited while indexing: %v", err)
		case <-time.After(100 * time.Millisecond):
		}
	}
	return settleTimeout, false, nil
}

// cpuTime returns the processor time process pid has used: utime and
// stime, fields 14 and 15 of /proc/PID/stat, in ticks of 1/100 s.
func cpuTime(pid string) (time.Duration, error) {
	b, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return 0, err
	}
	// Fields from 3 on follow the command name, which ends at the last ')'.
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	var utime, stime int64
	if _, err := fmt.Sscan(f[11]+" "+f[12], &utime, &stime); err != nil {
		return 0, err
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond, nil
}
