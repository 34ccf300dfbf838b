// Package time: Duration, Sleep, Now, Since, and the timers and tickers of timer.go,
// compiled with every program like the runtime (only what is reached is emitted). Sleep
// parks on the scheduler's sorted timer list (runtime/sched.go); when nothing else can run
// the scheduler waits through WASI poll_oneoff, so modules still run in any WASI host. Now
// reads WASI clock_time_get: the realtime clock for Unix and the monotonic one for Sub and
// Since, both kept in Time as gc does.
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

// String formats d as gc does: "72h3m0.5s", "1.5s", "2m0s", "100ms", "1µs", "0s".
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		// Below a second: the largest unit that keeps an integer part, as "1.2ms".
		prec := 0
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return string(buf[w:])
		case u < uint64(Microsecond):
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w-- // µ is two bytes
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		// Seconds, then minutes and hours when there are any (days vary in length).
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// fmtFrac writes the fraction of v/10**prec (".125") at the end of buf without trailing
// zeros, nor the point when it is zero; it returns where it starts and v/10**prec.
func fmtFrac(buf []byte, v uint64, prec int) (int, uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt writes v at the end of buf and returns where it starts.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
		return w
	}
	for v > 0 {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
	}
	return w
}

// Nanoseconds, Microseconds, ... as in package time.
func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Abs returns the absolute value of d (math.MaxInt64 for math.MinInt64).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == -1<<63:
		return 1<<63 - 1
	}
	return -d
}

// A Time is an instant read from the host's clocks through WASI clock_time_get: wall time
// for Unix and comparisons, the monotonic clock for Sub and Since (as gc's Time keeps both).
type Time struct {
	wall int64 // ns since 1970-01-01 UTC
	mono int64 // monotonic ns; 0 when the Time was not read from the clock
}

// Now returns the current time.
func Now() Time {
	return Time{wall: runtime.Walltime(), mono: runtime.Nanotime()}
}

// Unix returns the Time for sec seconds and nsec nanoseconds since 1970-01-01 UTC.
func Unix(sec int64, nsec int64) Time {
	return Time{wall: sec*1e9 + nsec}
}

// UnixMilli returns the Time for msec milliseconds since 1970-01-01 UTC.
func UnixMilli(msec int64) Time {
	return Time{wall: msec * 1e6}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t.
func Until(t Time) Duration {
	return t.Sub(Now())
}

// Sub returns t-u, on the monotonic clock when both have it.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration(t.wall - u.wall)
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	t.wall += int64(d)
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.wall < u.wall
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.wall > u.wall
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.wall == u.wall
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func (t Time) IsZero() bool { return t.wall == 0 && t.mono == 0 }

func (t Time) Unix() int64      { return floorDiv(t.wall, 1e9) }
func (t Time) UnixMilli() int64 { return floorDiv(t.wall, 1e6) }
func (t Time) UnixMicro() int64 { return floorDiv(t.wall, 1e3) }
func (t Time) UnixNano() int64  { return t.wall }
func (t Time) Nanosecond() int  { return int(t.wall - floorDiv(t.wall, 1e9)*1e9) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

