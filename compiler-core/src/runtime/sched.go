package runtime

import "unsafe"

// Goroutines without stack switching (see ARCHITECTURE.md, "Goroutines"). Functions that may
// block are compiled in resumable form (ir/resumable.rs): each keeps a frame on the running
// goroutine's stack in linear memory. gopark starts an unwind: every resumable frame saves its
// locals and resume state and returns. execute then copies the used stack into the
// goroutine's save area; resuming copies it back and calls the entry again with gstate ==
// rewinding, so every frame reloads itself down to the gopark that parked.

// Intrinsics: the compiler replaces calls to these body-less functions (ir/lower.rs).
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
	gArgs     = 56 // arguments, then results (8-byte slots)
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

func ptrdiff(a, b unsafe.Pointer) int32 {
	return int32(uintptr(a) - uintptr(b))
}

// memmove copies n bytes (a multiple of 8) between non-overlapping regions.
func memmove(dst, src unsafe.Pointer, n int32) {
	for i := int32(0); i < n; i += 8 {
		st64(dst, i, ld64(src, i))
	}
}

// ---- memory for goroutines, stacks and channels ----

// The scheduler's only allocation path: power-of-two size classes with free lists, bumping
// from the heap base. It is replaced by the heap allocator when that lands (issue 3).
var heapTop unsafe.Pointer
var freeLists unsafe.Pointer

func sizeClass(n int32) uint32 {
	c := uint32(4)
	for int32(1)<<c < n {
		c++
	}
	return c
}

func gorAlloc(n int32) unsafe.Pointer {
	if heapTop == nil {
		heapTop = heapBase()
		freeLists = heapTop
		heapTop = unsafe.Add(heapTop, 32*4)
		clear8(freeLists, 32*4)
	}
	c := sizeClass(n)
	size := int32(1) << c
	p := ldp(freeLists, int32(c*4))
	if p != nil {
		stp(freeLists, int32(c*4), ldp(p, 0))
		clear8(p, size)
		return p
	}
	p = heapTop
	end := uintptr(p) + uintptr(size)
	have := uintptr(memorySize()) << 16
	if end > have {
		if memoryGrow(int32((end-have+65535)>>16)) < 0 {
			printstring("fatal error: out of memory\n")
			procExit(2)
		}
	}
	heapTop = unsafe.Add(p, size)
	return p
}

func gorFree(p unsafe.Pointer, n int32) {
	c := int32(sizeClass(n) * 4)
	stp(p, 0, ldp(freeLists, c))
	stp(freeLists, c, p)
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

// newproc starts a goroutine for a go statement: queued at the tail.
func newproc(fn int32, argsize int32) unsafe.Pointer {
	g := newg(fn, argsize)
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
		memmove(stackBase, ldp(g, gSave), n)
		gstate = stateRewinding
	}
	st32(g, gStatus, gRunning)
	gocall(ld32(g, gEntry))
	curg = nil
	if gstate == stateUnwinding {
		gstate = stateRunning
		n = ptrdiff(gsp, stackBase)
		if n > ld32(g, gSaveCap) {
			if ld32(g, gSaveCap) > 0 {
				gorFree(ldp(g, gSave), ld32(g, gSaveCap))
			}
			c := int32(1) << sizeClass(n)
			stp(g, gSave, gorAlloc(c))
			st32(g, gSaveCap, c)
		}
		memmove(ldp(g, gSave), stackBase, n)
		st32(g, gSaveLen, n)
		return
	}
	st32(g, gStatus, gDead)
	st32(g, gSaveLen, 0)
}

// run executes g first, then the queue: until g finishes (go model, main), or until g
// finishes and the queue is empty (seed model). A blocked g with an empty queue waits for
// timers or is a deadlock.
func run(g unsafe.Pointer, drain bool) {
	execute(g)
	for {
		if ld32(g, gStatus) == gDead {
			if !drain || runqHead == nil {
				break
			}
		} else if runqHead == nil {
			if !timersWait() {
				deadlock()
			}
			continue
		}
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
		printstring("fatal error: re-entrant export call\n")
		procExit(2)
	}
	inExport = true
}

// exportEnd finishes a call that ran on the host's goroutine directly (its function cannot
// block): under the seed model the queue runs until every goroutine is parked or done.
func exportEnd() {
	if !scheduleGo() {
		for runqHead != nil {
			g := runqget()
			execute(g)
			if ld32(g, gStatus) == gDead {
				freeg(g)
			}
		}
	}
	inExport = false
}

// runExport runs an export call's goroutine by the module's schedule model.
func runExport(g unsafe.Pointer) {
	run(g, !scheduleGo())
}

// runMain runs main's goroutine; the program ends when main returns.
func runMain(g unsafe.Pointer) {
	run(g, false)
}

// ---- timers (time.Sleep) ----

var timers unsafe.Pointer

// timersWait waits for the earliest sleeping goroutine through the host clock and readies
// it; false when nothing sleeps.
func timersWait() bool {
	return false
}

// ---- deadlock report ----

func deadlock() {
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
		}
	}
	procExit(2)
}

// Frame header (ir/resumable.rs): resume state, then the address of the function's info:
// frame size, number of states, whether it has parameters, name length, file length,
// one line per state, the name, the file.
func printframes(p unsafe.Pointer, end unsafe.Pointer) {
	if uintptr(p) >= uintptr(end) {
		return
	}
	info := ldp(p, 4)
	printframes(unsafe.Add(p, ld32(info, 0)), end)
	nstates := ld32(info, 4)
	nlen := ld32(info, 12)
	name := unsafe.Add(info, 20+nstates*4)
	if nlen == 0 {
		return // runtime frames are hidden, as in gc's tracebacks
	}
	writeErr(name, nlen)
	if ld32(info, 8) != 0 {
		printstring("(...)\n\t")
	} else {
		printstring("()\n\t")
	}
	writeErr(unsafe.Add(name, nlen), ld32(info, 16))
	printstring(":")
	st := ld32(p, 0)
	printint(int64(ld32(info, 20+st*4)))
	printstring("\n")
}

func stackOverflow() {
	printstring("fatal error: stack overflow\n")
	procExit(2)
}
