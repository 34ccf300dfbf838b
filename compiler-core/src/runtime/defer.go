package runtime

import "unsafe"

// Deferred calls. A defer statement makes a record (a manual object, so its arguments stay
// GC roots until it runs) and pushes it on the running goroutine's chain:
//
//	+0 thunk (table index; the thunk takes the record and makes the call)
//	+4 next   +8 record size   +12 the chain's head when its function started (the owner)
//	+16 the call's arguments (8-byte slots)
//
// A function that defers remembers the chain's head at entry and, at each return, runs the
// records above it (LIFO). The scheduler saves the head with each goroutine (gDefer). A
// panic runs every pending record of the goroutine before printing its message, as gc
// does when nothing recovers.

var deferHead unsafe.Pointer

// newdefer returns a zeroed record of size bytes on top of the chain, owned by the function
// whose chain started at base.
func newdefer(size int32, base unsafe.Pointer) unsafe.Pointer {
	r := mallocManual(uint32(size))
	st32(r, 8, size)
	stp(r, 12, base)
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

// recoverEnabled is replaced by the compiler with a constant: whether panics unwind (the
// program calls recover, or a deferred call may block). Then runtime errors become error
// values that deferred calls can recover, and the functions of the panicking goroutine
// run their own deferred calls while returning (see gopanic).
func recoverEnabled() bool {
	return true
}

// While a runtime error prints its message when panics unwind, the text is captured
// (below the data segments, above the float scratch) to become the error's value.
var capturing bool
var captureLen int32

const (
	captureBase = 2624
	captureMax  = 440
)

func capture(p unsafe.Pointer, n int32) {
	if captureLen+n > captureMax {
		n = captureMax - captureLen
	}
	memcopy(ptrOf(uint32(captureBase+captureLen)), p, n)
	captureLen += n
}

// panicdefers starts a runtime error: when panics unwind its message is captured (see
// panicEnd); else the goroutine's deferred calls run and the panics pending from before are
// printed (gc's chain, oldest first). Programs without defer statements get the constant
// false instead of this call.
func panicdefers() bool {
	if recoverEnabled() {
		capturing = true
		captureLen = 0
		return true
	}
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

// A runtime error as a value (gc's runtime.Error): its message, and what gc prints after
// it when it is not recovered (the signal line of a nil dereference).
type runtimeError struct {
	msg   string
	extra string
}

func (e *runtimeError) Error() string { return e.msg }

func (e *runtimeError) RuntimeError() {}

// Error is gc's runtime.Error: what a recovered runtime error is.
type Error interface {
	error
	RuntimeError()
}

// newRuntimeError is a runtime error for packages that panic with one themselves (gc's
// math/bits links runtime.overflowError and divideError).
func newRuntimeError(msg string) error { return &runtimeError{msg: msg} }

// raiseCaptured turns the captured "panic: message[\nextra]" into an error and panics
// with it.
func raiseCaptured(site string) {
	capturing = false
	text := unsafe.String((*byte)(ptrOf(captureBase)), int(captureLen))
	if len(text) >= 7 {
		text = text[7:]
	}
	e := &runtimeError{}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			e.extra = bytesToString(unsafe.Pointer(unsafe.StringData(text[i+1:])), int32(len(text)-i-1))
			text = text[:i]
			break
		}
	}
	e.msg = bytesToString(unsafe.Pointer(unsafe.StringData(text)), int32(len(text)))
	var v error = e
	panicExtra = e.extra
	gopanic(v, site)
}

// A panic whose deferred calls are running (a manual record, so its value stays a root).
type panicRec struct {
	v         any
	next      *panicRec
	recovered bool
	// A later panic left a deferred call this one was running: recovering the later one
	// ends this one too.
	aborted bool
	// Goexit's: recover ignores it and it ends only the goroutine.
	goexit bool
	extra  string
	site    string
	// The deferred call's record this panic is running (when panics unwind).
	rec unsafe.Pointer
}

const panicRecSize = 40

// The running goroutine's panics, newest first (saved in its g while it is parked).
var panicChain *panicRec

// The next panic is Goexit's.
var nextGoexit bool

// What gc prints after the next panic's value (set by raiseCaptured).
var panicExtra string

// When panics unwind: compiled code returns from every function after a call that left this
// set, up to a function with deferred calls, which runs them (deferstart, deferdone).
var unwinding bool

// deferTarget and deferRec: the table index of the function a thunk is about to call and
// the thunk's record. A function calling recover takes deferRec at entry when deferTarget is
// itself (recover works only when called directly by a deferred call).
var deferTarget int32
var deferRec unsafe.Pointer

// gorecover is recover(): the panic's value when called directly by the deferred call the
// panic is running (rec is that call's record), else nil.
func gorecover(rec unsafe.Pointer) any {
	p := panicChain
	if rec == nil || p == nil || p.recovered || p.rec != rec || p.goexit {
		return nil
	}
	p.recovered = true
	return p.v
}

// gopanic is panic(v) in a program with defer statements. When panics unwind it returns
// with unwinding set: each function returns, and those with deferred calls run them first
// (deferstart/deferdone); when they do not recover and no deferred call is left, the
// goroutine dies (fatalpanic). Otherwise the goroutine's deferred calls run here (one that
// panics again prints this panic before its own), then the program ends.
func gopanic(v any, site string) {
	p := (*panicRec)(mallocManual(panicRecSize))
	p.v = v
	p.site = site
	p.next = panicChain
	p.extra = panicExtra
	panicExtra = ""
	p.goexit = nextGoexit
	nextGoexit = false
	panicChain = p
	if recoverEnabled() {
		if deferHead == nil {
			fatalpanic()
		}
		unwinding = true
		return
	}
	rundefers()
	fatalpanic()
}

// deferstart: the unwinding panic runs deferred call r, which may recover it.
func deferstart(r unsafe.Pointer) {
	panicChain.rec = r
	unwinding = false
}

// deferdone: deferred call r, run by a panic, returned. True when it recovered the panic:
// the panic ends (with the ones it aborted) and the function that deferred r returns
// normally. Else the goroutine goes on unwinding, for a new panic if r raised one.
func deferdone(r unsafe.Pointer) bool {
	p := panicChain
	if p.rec != r {
		for q := p.next; q != nil; q = q.next {
			if q.rec == r {
				q.rec = nil
				q.aborted = true
				break
			}
		}
		unwinding = true
		return false
	}
	p.rec = nil
	if !p.recovered {
		unwinding = true
		return false
	}
	for {
		panicChain = p.next
		freeManual(unsafe.Pointer(p), panicRecSize)
		p = panicChain
		if p == nil || !p.aborted {
			return true
		}
	}
}

// scheduled is replaced by the compiler with a constant: whether goroutines run (the
// scheduler is reached), so programs without them print no goroutine numbers.
func scheduled() bool {
	return true
}

func printgoid() {
	if curg != nil {
		printint(int64(ld32(curg, gID)))
	} else {
		printstring("1")
	}
}

// fatalpanic prints the goroutine's panics (gc's chain, oldest first) and ends the program.
func fatalpanic() {
	p := panicChain
	if p.goexit {
		// The goroutine's function returns (unwinding), then execute ends it.
		unwinding = true
		return
	}
	// Printing may call the values' Error methods: they run as usual.
	unwinding = false
	printpanics(p)
	tracePanicked()
	printstring("\n\ngoroutine ")
	if scheduled() {
		printgoid()
	} else {
		printstring("1")
	}
	printstring(" [running]:\n")
	printsite(p.site)
	printstring("\n")
	procExit(2)
}

func printpanics(p *panicRec) {
	w := (*[2]uint32)(unsafe.Pointer(p))
	repanicked := false
	if q := p.next; q != nil {
		wq := (*[2]uint32)(unsafe.Pointer(q))
		// A recovered value panicked again is printed once.
		repanicked = q.recovered && wq[0] == w[0] && wq[1] == w[1]
		if repanicked {
			q = q.next
		}
		if q != nil {
			printpanics(q)
			printstring("\n\t")
		}
	}
	printstring("panic: ")
	printpanicval(w[0], w[1])
	if repanicked {
		printstring(" [recovered, repanicked]")
	} else if p.recovered {
		printstring(" [recovered]")
	}
	if len(p.extra) > 0 {
		printstring("\n")
		printstring(p.extra)
	}
}
