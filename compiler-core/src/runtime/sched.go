package runtime

import "unsafe"

// Goroutines without stack switching. Wasm has no portable stack switching, so functions
// that may block are compiled in resumable form (ir/resumable.rs, which documents the
// transform and the frames): each keeps a frame on the running goroutine's stack in linear
// memory. gopark starts an unwind: every resumable frame saves its locals and resume state
// and returns. execute then copies the used stack into the goroutine's save area; resuming
// copies it back and calls the entry again with gstate == rewinding, so every frame reloads
// itself down to the gopark that parked.
//
// One execution stack, saved per goroutine: every goroutine runs on one 1 MiB stack
// (stackBase). Frames hold no absolute addresses (fp is recomputed at every entry), so
// copying them out and back in is safe. A parked goroutine costs its g record (gArgs bytes
// plus its arguments) and its saved frames (tens of bytes): 100,000 parked goroutines are a
// few MB.
//
// The scheduler: g records in linear memory (fixed offsets, below), a FIFO run queue,
// newproc (a go statement: queued at the tail), goready (tail) and gopark(reason).
// run(g, drain) executes g first, then the queue: it returns when g is done (the go model,
// and main) or when g is done and the queue is empty (the seed model). When g is blocked and
// nothing is runnable it waits for a timer (timersPoll, through WASI poll_oneoff) or calls
// deadlock: gc's report with every waiting goroutine, its wait reason and its frames
// (innermost first, from the saved frames' info), `created by main.f in goroutine N` and the
// go statement's file:line for goroutines of package main (a data record per go statement,
// passed to newproc; no ` in goroutine` when the creator ran on the host's call, goid 0, as
// gc prints it), then exit 2.
//
// Exports (built by the lowering, ir/lower/init.rs): in a program with goroutines every
// export wrapper calls exportBegin (a re-entrant call from inside an import is a fatal
// error, never two schedulers over one heap) and exportEnd (the seed model drains the
// queue). A function that may block runs as the call's own goroutine (newg, arguments and
// results in its argument area, runExport, freeg); one that cannot block is called directly. The model is
// the compile option `schedule` (the intrinsic scheduleGo, recorded in the gowasm section).
// In a command, main runs as a goroutine (runMain) and the program ends when it returns.
//
// Programs that never sleep get the constant false for timersPoll (the compiler replaces
// its calls) and carry no clock imports. time.go and sync.go build on gopark, goready and
// the FIFO wait queues below (SemaPark, SemaWakeOne, SemaWakeAll).

// Intrinsics: the compiler replaces calls to these body-less functions (ir/lower/conc.rs).
func heapBase() unsafe.Pointer
func memorySize() int32
func memoryGrow(pages int32) int32
func gocall(fn int32)
func scheduleGo() bool

// gstate values; the resumable code reads and writes gstate and gsp directly.
const (
	stateRunning   = 0
	stateUnwinding = 1
	stateRewinding = 2
)

var gstate int32
var gsp unsafe.Pointer
var stackLimit unsafe.Pointer
var stackBase unsafe.Pointer

const stackSize = 1 << 20

// A g (goroutine record) in linear memory.
const (
	gLink     = 0  // next in the run queue
	gID       = 4  // goroutine number
	gStatus   = 8  // gRunnable, gRunning, gWaiting, gDead
	gEntry    = 12 // table index of the entry function
	gSave     = 16 // saved stack copy
	gSaveCap  = 20
	gSaveLen  = 24
	gReason   = 28 // wait reason while waiting (a string)
	gParam    = 32 // the sudog that woke it
	gAllNext  = 36
	gAllPrev  = 40
	gArgSize  = 44
	gReasonN  = 48 // length of the wait reason
	gTracePos = 52 // where the goroutine stopped (trace.go)
	gWhen     = 56 // when a sleeping goroutine wakes (monotonic ns)
	gShadow   = 64 // saved shadow stack (GC roots) of a parked goroutine
	gShadowCap = 68
	gShadowLen = 72
	gDefer    = 76 // its chain of deferred calls while it is not running (defer.go)
	gSite     = 80 // the go statement that created it (ir/lower/conc.rs go_site), or nil
	gCreator  = 84 // the goroutine that created it; 0: code on the host's call
	gPanic    = 88 // its panics while it is not running (defer.go); 92, 93: crypto.go's gFips
	gArgs     = 96 // arguments, then results (8-byte slots)
	gRunnable = 0
	gRunning  = 1
	gWaiting  = 2
	gDead     = 3
)

var curg unsafe.Pointer
var runqHead unsafe.Pointer
var runqTail unsafe.Pointer
var allg unsafe.Pointer
var goidgen int32
var inExport bool

func ld32(p unsafe.Pointer, off int32) int32 {
	return *(*int32)(unsafe.Add(p, off))
}

func st32(p unsafe.Pointer, off int32, v int32) {
	*(*int32)(unsafe.Add(p, off)) = v
}

func ldp(p unsafe.Pointer, off int32) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(p, off))
}

func stp(p unsafe.Pointer, off int32, v unsafe.Pointer) {
	*(*unsafe.Pointer)(unsafe.Add(p, off)) = v
}

func ld64(p unsafe.Pointer, off int32) uint64 {
	return *(*uint64)(unsafe.Add(p, off))
}

func st64(p unsafe.Pointer, off int32, v uint64) {
	*(*uint64)(unsafe.Add(p, off)) = v
}

func ld16(p unsafe.Pointer, off int32) int32 {
	return int32(*(*uint16)(unsafe.Add(p, off)))
}

func ptrdiff(a, b unsafe.Pointer) int32 {
	return int32(uintptr(a) - uintptr(b))
}


// ---- memory for goroutines, stacks and channels ----

// Goroutine records, stacks and channels are manual objects of the heap (malloc.go):
// never collected, always scanned for pointers.
func gorAlloc(n int32) unsafe.Pointer {
	return mallocManual(uint32(n))
}

func gorFree(p unsafe.Pointer, n int32) {
	freeManual(p, uint32(n))
}

// Shift counts masked to the width compile to a plain shift (no range check).
func sizeClass(n int32) uint32 {
	c := uint32(4)
	for int32(1)<<(c&31) < n {
		c++
	}
	return c
}

func clear8(p unsafe.Pointer, n int32) {
	for i := int32(0); i < n; i += 8 {
		st64(p, i, 0)
	}
}

// ---- goroutines ----

// newg makes a goroutine that will run the table entry fn with argsize bytes of arguments
// (filled by the caller through gargs); it is not queued.
func newg(fn int32, argsize int32) unsafe.Pointer {
	g := gorAlloc(gArgs + argsize)
	goidgen++
	st32(g, gID, goidgen)
	st32(g, gEntry, fn)
	st32(g, gArgSize, argsize)
	st32(g, gStatus, gRunnable)
	if allg != nil {
		stp(allg, gAllPrev, g)
	}
	stp(g, gAllNext, allg)
	allg = g
	return g
}

// gargs is where a goroutine's arguments and results live.
func gargs(g unsafe.Pointer) unsafe.Pointer {
	return unsafe.Add(g, gArgs)
}

// curargs is the running goroutine's argument area (read by the generated entry functions).
func curargs() unsafe.Pointer {
	return unsafe.Add(curg, gArgs)
}

// newproc starts a goroutine for a go statement (at site, for dumps): queued at the tail.
func newproc(fn int32, argsize int32, site unsafe.Pointer) unsafe.Pointer {
	g := newg(fn, argsize)
	stp(g, gSite, site)
	if curg != nil {
		st32(g, gCreator, ld32(curg, gID))
	}
	runqput(g)
	return g
}

func freeg(g unsafe.Pointer) {
	next := ldp(g, gAllNext)
	prev := ldp(g, gAllPrev)
	if prev != nil {
		stp(prev, gAllNext, next)
	} else {
		allg = next
	}
	if next != nil {
		stp(next, gAllPrev, prev)
	}
	if ld32(g, gSaveCap) > 0 {
		gorFree(ldp(g, gSave), ld32(g, gSaveCap))
	}
	if ld32(g, gShadowCap) > 0 {
		gorFree(ldp(g, gShadow), ld32(g, gShadowCap))
	}
	gorFree(g, gArgs+ld32(g, gArgSize))
}

func runqput(g unsafe.Pointer) {
	st32(g, gStatus, gRunnable)
	stp(g, gLink, nil)
	if runqTail == nil {
		runqHead = g
	} else {
		stp(runqTail, gLink, g)
	}
	runqTail = g
}

func runqget() unsafe.Pointer {
	g := runqHead
	runqHead = ldp(g, gLink)
	if runqHead == nil {
		runqTail = nil
	}
	return g
}

// goready makes a waiting goroutine runnable, after the ones already queued.
func goready(g unsafe.Pointer, param unsafe.Pointer) {
	traceReadied(g)
	stp(g, gParam, param)
	runqput(g)
}

// gopark suspends the running goroutine. Calls to it are the suspension points of the
// resumable transform: when it returns with gstate == unwinding, every caller saves its
// frame and returns. When the goroutine is resumed, the rewind reaches this call again
// and it returns normally.
func gopark(reason string) {
	if gstate == stateRewinding {
		gstate = stateRunning
		return
	}
	traceParked(reason)
	if len(reason) != 0 {
		stp(curg, gReason, unsafe.Pointer(unsafe.StringData(reason)))
		st32(curg, gReasonN, int32(len(reason)))
		st32(curg, gStatus, gWaiting)
	}
	gstate = stateUnwinding
}

// Gosched yields: the goroutine goes to the tail of the run queue.
func Gosched() {
	runqput(curg)
	gopark("")
}

// execute runs g until it parks or finishes.
func execute(g unsafe.Pointer) {
	if stackBase == nil {
		stackBase = gorAlloc(stackSize)
		stackLimit = unsafe.Add(stackBase, stackSize-4096)
	}
	curg = g
	gsp = stackBase
	n := ld32(g, gSaveLen)
	gstate = stateRunning
	if n > 0 {
		memcopy(stackBase, ldp(g, gSave), n)
		gstate = stateRewinding
	}
	// Every goroutine's shadow stack (its GC roots, see malloc.go) starts at the same
	// address, so the frame pointers its resumable frames saved stay valid.
	oldsp := sp
	if heapUsed() {
		sp = goShadowBase()
		if m := ld32(g, gShadowLen); m > 0 {
			memcopy(ptrOf(sp), ldp(g, gShadow), m)
			sp += uint32(m)
		}
	}
	st32(g, gStatus, gRunning)
	traceRunning(g)
	olddefer := deferHead
	deferHead = ldp(g, gDefer)
	if recoverEnabled() {
		panicChain = (*panicRec)(ldp(g, gPanic))
	}
	gocall(ld32(g, gEntry))
	stp(g, gDefer, deferHead)
	deferHead = olddefer
	if recoverEnabled() && unwinding {
		// Only a Goexit panic leaves the goroutine's function (fatalpanic ends the others).
		unwinding = false
		freeManual(unsafe.Pointer(panicChain), panicRecSize)
		panicChain = nil
		goexiting = true
		gstate = stateUnwinding
	}
	if recoverEnabled() {
		stp(g, gPanic, unsafe.Pointer(panicChain))
		panicChain = nil
	}
	curg = nil
	if heapUsed() {
		m := int32(sp - goShadowBase())
		if gstate == stateUnwinding && m > 0 && !goexiting {
			if m > ld32(g, gShadowCap) {
				if ld32(g, gShadowCap) > 0 {
					gorFree(ldp(g, gShadow), ld32(g, gShadowCap))
				}
				stp(g, gShadow, gorAlloc(m))
				st32(g, gShadowCap, m)
			}
			memcopy(ldp(g, gShadow), ptrOf(goShadowBase()), m)
		} else {
			m = 0
		}
		st32(g, gShadowLen, m)
		sp = oldsp
	}
	if gstate == stateUnwinding && goexiting {
		// Goexit: the frames unwound like a park, but nothing resumes them.
		goexiting = false
		gstate = stateRunning
		st32(g, gShadowLen, 0)
	} else if gstate == stateUnwinding {
		gstate = stateRunning
		n = ptrdiff(gsp, stackBase)
		if n > ld32(g, gSaveCap) {
			if ld32(g, gSaveCap) > 0 {
				gorFree(ldp(g, gSave), ld32(g, gSaveCap))
			}
			c := int32(1) << (sizeClass(n) & 31)
			stp(g, gSave, gorAlloc(c))
			st32(g, gSaveCap, c)
		}
		memcopy(ldp(g, gSave), stackBase, n)
		st32(g, gSaveLen, n)
		return
	}
	traceExited(g)
	st32(g, gStatus, gDead)
	st32(g, gSaveLen, 0)
}

// run executes g first, then the queue: until g finishes (go model, main), or until g
// finishes and the queue is empty (seed model). A blocked g with an empty queue waits for
// timers or is a deadlock.
func run(g unsafe.Pointer, drain bool) {
	if g != nil {
		execute(g)
	}
	for {
		if g == nil || ld32(g, gStatus) == gDead {
			if !drain || runqHead == nil {
				break
			}
		} else if runqHead == nil {
			if !timersPoll(true) {
				deadlock()
			}
			continue
		}
		timersPoll(false)
		g2 := runqget()
		execute(g2)
		if ld32(g2, gStatus) == gDead && g2 != g {
			freeg(g2)
		}
	}
}

// exportBegin guards against re-entrant export calls (an export called from an import
// while another export runs): one scheduler per heap.
func exportBegin() {
	if inExport {
		traceFatalError("re-entrant export call")
		printstring("fatal error: re-entrant export call\n")
		procExit(2)
	}
	inExport = true
}

// exportEnd finishes a call that ran on the host's goroutine directly (its function cannot
// block): under the seed model the queue runs until every goroutine is parked or done.
func exportEnd() {
	if !scheduleGo() {
		run(nil, true)
	}
	inExport = false
}

// runExport runs an export call's goroutine by the module's schedule model.
func runExport(g unsafe.Pointer) {
	run(g, !scheduleGo())
}

// runInit runs the goroutine of a package initialization that may block, until it returns.
func runInit(g unsafe.Pointer) {
	run(g, false)
}

// runMain runs main's goroutine; the program ends when main returns. When main called
// Goexit the other goroutines run on until none is left, which gc reports as a deadlock.
func runMain(g unsafe.Pointer) {
	maing = g
	run(g, false)
	if mainGoexit {
		for {
			run(nil, true)
			if !timersPoll(true) {
				break
			}
		}
		for g := allg; g != nil; g = ldp(g, gAllNext) {
			if ld32(g, gStatus) == gWaiting {
				deadlock()
			}
		}
		traceFatalError("no goroutines (main called runtime.Goexit) - deadlock!")
		printstring("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
		procExit(2)
	}
}

var maing unsafe.Pointer
var mainGoexit bool

// goexiting: the parking goroutine called Goexit and is not resumed (execute).
var goexiting bool

// Goexit ends the goroutine after running its deferred calls, which see no panic to
// recover. When panics unwind it is a panic that recover ignores and that ends the goroutine
// instead of the program once it leaves the goroutine's function (execute); else the
// deferred calls run here (none of them may block) and the goroutine parks for good.
func Goexit() {
	if curg == maing {
		mainGoexit = true
	}
	if recoverEnabled() {
		nextGoexit = true
		gopanic(nil, "")
		return
	}
	rundefers()
	goexiting = true
	gopark("")
}

// ---- timers (time.Sleep) ----

//go:wasmimport wasi_snapshot_preview1 clock_time_get
func clockTimeGet(id int32, precision int64, time unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 poll_oneoff
func pollOneoff(in unsafe.Pointer, out unsafe.Pointer, nsubscriptions int32, nevents unsafe.Pointer) int32

// Sleeping goroutines, earliest first (linked through gLink).
var sleepers unsafe.Pointer
var timeBuf unsafe.Pointer

func nanotime() int64 {
	if timeBuf == nil {
		timeBuf = gorAlloc(128)
	}
	clockTimeGet(1, 1, timeBuf)
	return int64(ld64(timeBuf, 0))
}

// walltime is the realtime clock: ns since 1970-01-01 UTC (time.Now).
func walltime() int64 {
	if timeBuf == nil {
		timeBuf = gorAlloc(128)
	}
	clockTimeGet(0, 1, timeBuf)
	return int64(ld64(timeBuf, 0))
}

// SleepUntil parks the goroutine until the monotonic time when, even one already past:
// timersPoll readies sleepers in the order of their times, so timers fire in that order
// however late their goroutines started.
func SleepUntil(when int64) {
	*(*int64)(unsafe.Add(curg, gWhen)) = when
	var prev unsafe.Pointer
	p := sleepers
	for p != nil && *(*int64)(unsafe.Add(p, gWhen)) <= when {
		prev = p
		p = ldp(p, gLink)
	}
	stp(curg, gLink, p)
	if prev == nil {
		sleepers = curg
	} else {
		stp(prev, gLink, curg)
	}
	gopark("sleep")
}

// wakeSleeper readies g at once if it sleeps in SleepUntil (a timer stopped or reset while
// its goroutine waits).
func wakeSleeper(g unsafe.Pointer) {
	var prev unsafe.Pointer
	for p := sleepers; p != nil; p = ldp(p, gLink) {
		if p == g {
			if prev == nil {
				sleepers = ldp(p, gLink)
			} else {
				stp(prev, gLink, ldp(p, gLink))
			}
			goready(g, nil)
			return
		}
		prev = p
	}
}

// timersPoll readies the sleepers whose time has come, first waiting for the earliest one
// through the host clock when block is set; false when nothing sleeps. Programs that never
// sleep get the constant false instead of calls to it (ir/lower/init.rs).
func timersPoll(block bool) bool {
	if sleepers == nil {
		return false
	}
	d := *(*int64)(unsafe.Add(sleepers, gWhen)) - nanotime()
	if block && d > 0 {
		// One relative clock subscription (48 bytes), one event (32 bytes), nevents.
		sub := unsafe.Add(timeBuf, 8)
		clear8(sub, 88)
		st32(sub, 16, 1)
		st64(sub, 24, uint64(d))
		pollOneoff(sub, unsafe.Add(sub, 48), 1, unsafe.Add(sub, 80))
	}
	now := nanotime()
	for sleepers != nil && *(*int64)(unsafe.Add(sleepers, gWhen)) <= now {
		g := sleepers
		sleepers = ldp(g, gLink)
		goready(g, nil)
	}
	return true
}

// ---- deadlock report ----

func deadlock() {
	traceFatalError("all goroutines are asleep - deadlock!")
	printstring("fatal error: all goroutines are asleep - deadlock!\n")
	last := allg
	for last != nil && ldp(last, gAllNext) != nil {
		last = ldp(last, gAllNext)
	}
	// Oldest first, as gc lists them.
	for g := last; g != nil; g = ldp(g, gAllPrev) {
		if ld32(g, gStatus) == gWaiting {
			printstring("\ngoroutine ")
			printint(int64(ld32(g, gID)))
			printstring(" [")
			writeErr(ldp(g, gReason), ld32(g, gReasonN))
			printstring("]:\n")
			base := ldp(g, gSave)
			printframes(base, unsafe.Add(base, ld32(g, gSaveLen)))
			// gc's `created by main.f in goroutine 1` and `\tmain.go:7` (goid 0: no "in").
			if site := ldp(g, gSite); site != nil {
				printstring("created by ")
				n := ld16(site, 4)
				writeErr(unsafe.Add(site, 8), n)
				if id := ld32(g, gCreator); id != 0 {
					printstring(" in goroutine ")
					printint(int64(id))
				}
				writeErr(unsafe.Add(site, 8+n), ld16(site, 6))
				printint(int64(ld32(site, 0)))
				printstring("\n")
			}
		}
	}
	procExit(2)
}

// Frame header (ir/resumable.rs): resume state, then the address of the function's info:
// frame size, the length of its dump text (0: a runtime function, hidden as in gc's
// tracebacks), the text (`main.f(...)\n\tmain.go:`), one line per state.
func printframes(p unsafe.Pointer, end unsafe.Pointer) {
	if uintptr(p) >= uintptr(end) {
		return
	}
	info := ldp(p, 4)
	printframes(unsafe.Add(p, ld32(info, 0)), end)
	if n := ld16(info, 4); n != 0 {
		writeErr(unsafe.Add(info, 6), n)
		printint(int64(ld32(info, 6+n+ld32(p, 0)*4)))
		printstring("\n")
	}
}

func stackOverflow() {
	traceFatalError("stack overflow")
	printstring("fatal error: stack overflow\n")
	procExit(2)
}

// ---- wait queues for package sync ----

// SemaPark parks the running goroutine at the tail of the queue at q.
func SemaPark(q *unsafe.Pointer, reason string) {
	stp(curg, gLink, nil)
	if *q == nil {
		*q = curg
	} else {
		p := *q
		for ldp(p, gLink) != nil {
			p = ldp(p, gLink)
		}
		stp(p, gLink, curg)
	}
	gopark(reason)
}

// SemaWakeOne readies the first goroutine of the queue at q; false when it is empty.
func SemaWakeOne(q *unsafe.Pointer) bool {
	g := *q
	if g == nil {
		return false
	}
	*q = ldp(g, gLink)
	goready(g, nil)
	return true
}

// SemaWakeAll readies every goroutine of the queue at q, in order.
func SemaWakeAll(q *unsafe.Pointer) {
	for SemaWakeOne(q) {
	}
}

// Throw ends the program with a fatal error, as gc's runtime.throw.
func Throw(msg string) {
	traceFatalError(msg)
	printstring("fatal error: ")
	printstring(msg)
	printstring("\n\ngoroutine ")
	if curg != nil {
		printint(int64(ld32(curg, gID)))
	} else {
		printstring("1")
	}
	printstring(" [running]:\n")
	procExit(2)
}
