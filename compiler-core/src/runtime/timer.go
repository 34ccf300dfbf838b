// Timers and tickers of package time. An armed timer is a goroutine sleeping until the
// timer's time (runtime.SleepUntil, so timers fire in the order of their times), then
// sending the time on C without blocking, or calling the AfterFunc function, in that
// goroutine. Stop and Reset move the timer to a new sequence number and wake the sleeping
// goroutine, which sees that it is stale and ends, so a stopped timer keeps nothing waiting
// (a program blocked otherwise is a deadlock, as in gc). As gc's since Go 1.23, Stop and
// Reset drain a value C still holds: no stale time is received after them, and such a
// timer counts as stopped while still pending.
package time

import (
	"runtime"
	"unsafe"
)

// A Timer sends the current time on C once, or calls a function, after a duration.
type Timer struct {
	C      <-chan Time
	c      chan Time // C; nil for an AfterFunc timer
	f      func()
	seq    int            // the armed goroutine's; others are stale
	g      unsafe.Pointer // the armed goroutine while it sleeps
	active bool
	period Duration // tickers: the interval
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// After waits for the duration to elapse and then sends the current time on the returned
// channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc calls f in its own goroutine once d has elapsed.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.start(d)
	return t
}

func (t *Timer) start(d Duration) {
	t.seq++
	t.active = true
	go t.run(t.seq, runtime.Nanotime()+int64(d))
}

func (t *Timer) run(seq int, when int64) {
	for {
		if t.seq != seq {
			return
		}
		t.g = runtime.Curg()
		runtime.SleepUntil(when)
		if t.seq != seq {
			return
		}
		t.g = nil
		if t.f != nil {
			t.active = false
			t.f()
			return
		}
		select {
		case t.c <- Now():
		default:
		}
		if t.period <= 0 {
			t.active = false
			return
		}
		// A late ticker skips the ticks it missed.
		now := runtime.Nanotime()
		when += int64(t.period)
		if when <= now {
			when += (now - when + int64(t.period)) / int64(t.period) * int64(t.period)
		}
	}
}

// stop disarms t; whether it was armed or its value was still waiting in C.
func (t *Timer) stop() bool {
	pending := t.active
	t.active = false
	t.seq++
	if t.g != nil {
		runtime.WakeSleeper(t.g)
		t.g = nil
	}
	if t.c != nil {
		select {
		case <-t.c:
			pending = true
		default:
		}
	}
	return pending
}

// Stop prevents the Timer from firing: true if the call stops it, false if it had already
// fired (and its value was received) or been stopped.
func (t *Timer) Stop() bool {
	if t.c == nil && t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return t.stop()
}

// Reset changes the timer to expire after d; it returns what Stop would have.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil && t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	pending := t.stop()
	t.start(d)
	return pending
}

// A Ticker sends the time on C every period; a slow receiver misses ticks.
type Ticker struct {
	C <-chan Time
	t Timer
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	tk := &Ticker{C: c}
	tk.t.c = c
	tk.t.period = d
	tk.t.start(d)
	return tk
}

// Tick is NewTicker(d).C, or nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

func (tk *Ticker) Stop() {
	if tk.t.c == nil {
		return
	}
	tk.t.stop()
}

func (tk *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if tk.t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	tk.t.stop()
	tk.t.period = d
	tk.t.start(d)
}
