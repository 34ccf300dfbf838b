package runtime

import "unsafe"

// Deferred calls. A defer statement makes a record (a manual object, so its arguments stay
// GC roots until it runs) and pushes it on the running goroutine's chain:
//
//	+0 thunk (table index; the thunk takes the record and makes the call)
//	+4 next   +8 record size   +16 the call's arguments (8-byte slots)
//
// A function that defers remembers the chain's head at entry and, at each return, runs the
// records above it (LIFO). The scheduler saves the head with each goroutine (gDefer). A
// panic runs every pending record of the goroutine before printing its message, as gc
// does when nothing recovers.

var deferHead unsafe.Pointer

// newdefer returns a zeroed record of size bytes on top of the chain.
func newdefer(size int32) unsafe.Pointer {
	r := mallocManual(uint32(size))
	st32(r, 8, size)
	stp(r, 4, deferHead)
	deferHead = r
	return r
}

// deferpop unlinks the top record, or returns nil when the chain is back at base.
func deferpop(base unsafe.Pointer) unsafe.Pointer {
	r := deferHead
	if r == base {
		return nil
	}
	deferHead = ldp(r, 4)
	return r
}

func freedefer(r unsafe.Pointer) {
	freeManual(r, uint32(ld32(r, 8)))
}

// calldefer runs the thunk of record r (an intrinsic: call_indirect (r) with r's thunk).
func calldefer(r unsafe.Pointer)

// panicdefers runs every pending deferred call of the goroutine (a runtime error is
// starting), then prints the panics pending from before (gc's chain, oldest first).
// Programs without defer statements get the constant false instead of this call.
func panicdefers() bool {
	rundefers()
	if panicChain != nil {
		printpanics(panicChain)
		printstring("\n\t")
	}
	return true
}

func rundefers() {
	for {
		r := deferpop(nil)
		if r == nil {
			return
		}
		calldefer(r)
		freedefer(r)
	}
}

// Panics whose deferred calls are running: manual records (value's type, data, next).
var panicChain unsafe.Pointer

// gopanic is panic(v) in a program with defer statements: v's deferred calls run first;
// one that panics again prints this panic before its own.
func gopanic(t uint32, d uint32, site string) {
	p := mallocManual(12)
	st32(p, 0, int32(t))
	st32(p, 4, int32(d))
	stp(p, 8, panicChain)
	panicChain = p
	rundefers()
	printpanics(p)
	panicEnd(site)
}

func printpanics(p unsafe.Pointer) {
	if next := ldp(p, 8); next != nil {
		printpanics(next)
		printstring("\n\t")
	}
	printstring("panic: ")
	printpanicval(uint32(ld32(p, 0)), uint32(ld32(p, 4)))
}
