package runtime

import "unsafe"

// Package time is gc's, compiled from Go's tree; these are the functions gc's runtime
// pushes into it with //go:linkname (its clock, Sleep and timers), over our scheduler.
//
// A timer is the object package time's Timer and Ticker begin with (C, then the init flag
// that marks a timer made by NewTimer, AfterFunc or NewTicker), followed by the runtime's
// part, as in gc. An armed timer is a goroutine sleeping until the timer's time (SleepUntil,
// so timers fire in the order of their times), then calling the timer's function: package
// time's sendTime, a send on C that never blocks, or goFunc, which starts the AfterFunc
// function in a goroutine of its own. Stop and Reset move the timer to a new sequence
// number and wake the sleeping goroutine, which sees that it is stale and ends, so a stopped
// timer keeps nothing waiting (a program blocked otherwise is a deadlock, as in gc). As gc's
// since Go 1.23, Stop and Reset drain a value C still holds: no stale time is received
// after them, and such a timer counts as stopped while still pending.
type timeTimer struct {
	c      unsafe.Pointer // time.Timer.C
	init   bool           // time.Timer.initTimer
	period int64
	f      func(arg any, seq uintptr, delay int64)
	arg    any
	isChan bool // C is the timer's channel: Stop and Reset drain it
	seq    uintptr
	g      unsafe.Pointer // the armed goroutine while it sleeps
	active bool
}

//go:linkname timeNow time.now
func timeNow() (sec int64, nsec int32, mono int64) {
	wall := walltime()
	return wall / 1e9, int32(wall % 1e9), nanotime()
}

//go:linkname timeRuntimeNow time.runtimeNow
func timeRuntimeNow() (sec int64, nsec int32, mono int64) {
	return timeNow()
}

//go:linkname timeRuntimeNano time.runtimeNano
func timeRuntimeNano() int64 {
	return nanotime()
}

// A program here has no synctest bubbles.
//
//go:linkname timeRuntimeIsBubbled time.runtimeIsBubbled
func timeRuntimeIsBubbled() bool {
	return false
}

// timeSleep is time.Sleep: the goroutine parks for at least ns; the scheduler waits through
// WASI poll_oneoff when nothing else can run.
//
//go:linkname timeSleep time.Sleep
func timeSleep(ns int64) {
	if ns <= 0 {
		return
	}
	SleepUntil(nanotime() + ns)
}

//go:linkname newTimer time.newTimer
func newTimer(when, period int64, f func(any, uintptr, int64), arg any, cp unsafe.Pointer) *timeTimer {
	t := &timeTimer{init: true, period: period, f: f, arg: arg, isChan: cp != nil}
	if cp != nil {
		st32(cp, cTimer, 1)
	}
	t.arm(when)
	return t
}

//go:linkname stopTimer time.stopTimer
func stopTimer(t *timeTimer) bool {
	pending := t.active
	t.active = false
	t.seq++
	if t.g != nil {
		wakeSleeper(t.g)
		t.g = nil
	}
	if t.isChan && t.c != nil && ld32(t.c, cCount) > 0 {
		recvReady(t.c)
		pending = true
	}
	return pending
}

//go:linkname resetTimer time.resetTimer
func resetTimer(t *timeTimer, when, period int64) bool {
	pending := stopTimer(t)
	t.period = period
	t.arm(when)
	return pending
}

func (t *timeTimer) arm(when int64) {
	t.seq++
	t.active = true
	go t.run(t.seq, when)
}

func (t *timeTimer) run(seq uintptr, when int64) {
	for {
		if t.seq != seq {
			return
		}
		t.g = curg
		SleepUntil(when)
		if t.seq != seq {
			return
		}
		t.g = nil
		now := nanotime()
		if t.period <= 0 {
			t.active = false
			t.f(t.arg, seq, now-when)
			return
		}
		t.f(t.arg, seq, now-when)
		// A late ticker skips the ticks it missed.
		when += t.period
		if when <= now {
			when += (now - when + t.period) / t.period * t.period
		}
	}
}
