// Package time: Duration and Sleep, on the scheduler's timers (runtime/sched.go).
package time

import "runtime"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Sleep parks the goroutine for at least d; the scheduler waits through WASI poll_oneoff
// when nothing else can run.
func Sleep(d Duration) {
	runtime.TimeSleep(int64(d))
}
