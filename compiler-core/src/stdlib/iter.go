// Adapted from Go's standard library: Copyright The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be found in
// Go's LICENSE file (https://go.dev/LICENSE).

// Package iter: the iterator function types, and Pull and Pull2 (Go's, with its
// coroutines run as goroutines that hand control back and forth over channels).
package iter

import "runtime"

// Seq is an iterator over values: it calls yield with each one until yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// A coroutine: f runs on a goroutine of its own, started by the first switch, and one
// side runs at a time; coroswitch passes control to the other side and waits for it.
type coro struct {
	f       func(*coro)
	started bool
	inside  bool
	in      chan struct{}
	out     chan struct{}
}

func newcoro(f func(*coro)) *coro {
	return &coro{f: f, in: make(chan struct{}), out: make(chan struct{})}
}

func coroswitch(c *coro) {
	if c.inside {
		c.inside = false
		c.out <- struct{}{}
		<-c.in
		return
	}
	if !c.started {
		c.started = true
		go func() {
			// Also when f ends the goroutine with runtime.Goexit.
			defer func() {
				c.inside = false
				c.out <- struct{}{}
			}()
			<-c.in
			c.f(c)
		}()
	}
	c.inside = true
	c.in <- struct{}{}
	<-c.out
}

// goexitPanicValue marks a seq that ended its goroutine with runtime.Goexit.
var goexitPanicValue any = new(int)

// goexit is runtime.Goexit (the generic functions' bodies do not count as uses of the
// import).
func goexit() {
	runtime.Goexit()
}

func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var pull struct {
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool // to detect Goexit
		panicValue any
	}
	c := newcoro(func(c *coro) {
		if pull.done {
			return
		}
		yield := func(v1 V) bool {
			if pull.done {
				return false
			}
			if !pull.yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			pull.yieldNext = false
			pull.v, pull.ok = v1, true
			coroswitch(c)
			return !pull.done
		}
		// Recover and propagate panics from seq.
		defer func() {
			if p := recover(); p != nil {
				pull.panicValue = p
			} else if !pull.seqDone {
				pull.panicValue = goexitPanicValue
			}
			pull.done = true // Invalidate iterator
		}()
		seq(yield)
		var v0 V
		pull.v, pull.ok = v0, false
		pull.seqDone = true
	})
	next = func() (v1 V, ok1 bool) {
		if pull.done {
			return
		}
		if pull.yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		pull.yieldNext = true
		coroswitch(c)

		// Propagate panics and goexits from seq.
		if pull.panicValue != nil {
			if pull.panicValue == goexitPanicValue {
				// Propagate runtime.Goexit from seq.
				goexit()
			} else {
				panic(pull.panicValue)
			}
		}
		return pull.v, pull.ok
	}
	stop = func() {
		if !pull.done {
			pull.done = true
			coroswitch(c)

			// Propagate panics and goexits from seq.
			if pull.panicValue != nil {
				if pull.panicValue == goexitPanicValue {
					// Propagate runtime.Goexit from seq.
					goexit()
				} else {
					panic(pull.panicValue)
				}
			}
		}
	}
	return next, stop
}

func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var pull struct {
		k          K
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool
		panicValue any
	}
	c := newcoro(func(c *coro) {
		if pull.done {
			return
		}
		yield := func(k1 K, v1 V) bool {
			if pull.done {
				return false
			}
			if !pull.yieldNext {
				panic("iter.Pull2: yield called again before next")
			}
			pull.yieldNext = false
			pull.k, pull.v, pull.ok = k1, v1, true
			coroswitch(c)
			return !pull.done
		}
		// Recover and propagate panics from seq.
		defer func() {
			if p := recover(); p != nil {
				pull.panicValue = p
			} else if !pull.seqDone {
				pull.panicValue = goexitPanicValue
			}
			pull.done = true // Invalidate iterator.
		}()
		seq(yield)
		var k0 K
		var v0 V
		pull.k, pull.v, pull.ok = k0, v0, false
		pull.seqDone = true
	})
	next = func() (k1 K, v1 V, ok1 bool) {
		if pull.done {
			return
		}
		if pull.yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		pull.yieldNext = true
		coroswitch(c)

		// Propagate panics and goexits from seq.
		if pull.panicValue != nil {
			if pull.panicValue == goexitPanicValue {
				// Propagate runtime.Goexit from seq.
				goexit()
			} else {
				panic(pull.panicValue)
			}
		}
		return pull.k, pull.v, pull.ok
	}
	stop = func() {
		if !pull.done {
			pull.done = true
			coroswitch(c)

			// Propagate panics and goexits from seq.
			if pull.panicValue != nil {
				if pull.panicValue == goexitPanicValue {
					// Propagate runtime.Goexit from seq.
					goexit()
				} else {
					panic(pull.panicValue)
				}
			}
		}
	}
	return next, stop
}
