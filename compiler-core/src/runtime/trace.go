package runtime

import "unsafe"

// Trace events, for the page's timeline and `gowasm run --trace`. Compiled with the `trace`
// option (recorded in the gowasm section, with one `F` record per source file), every hook
// below reports through one import, gowasm.trace(kind, g, a, s, n, pos):
//
//	g    the goroutine, numbered from 1 in creation order; 0 is code running directly on
//	     the host's call (an export that cannot block, initialization, the scheduler
//	     between goroutines)
//	a    an argument of the event (see the kinds below)
//	s,n  a string in memory: a function name, a wait reason, a message
//	pos  file index << 20 | line of the user statement (package main) that was running, 0
//	     when unknown: the compiler sets tracePos before each statement of package main,
//	     and a goroutine's position is saved when it parks and restored when it runs
//
// Without the option the compiler deletes every call of a hook (ir/lower/trace.rs), so dead
// code elimination drops the hooks, tracePos and the import: the module carries none of
// this (checked by cli/tests/trace.rs). The hooks are called only as statements with
// side-effect-free arguments, never from code that may block, so deleting them changes
// nothing else. host-shim/src/trace.rs decodes the events.

//go:wasmimport gowasm trace
func traceEvent(kind int32, g int32, a int32, s unsafe.Pointer, n int32, pos int32)

// tracePos is the Go source position of the user statement that runs: file index << 20 |
// line, set by the compiler before each statement of package main when tracing.
var tracePos int32

const (
	traceCreate = 0 // g created by goroutine a (-1: for an export call or main); s: its Go function
	tracePark   = 1 // g parks; s: gc's wait reason ("" = yields, still runnable)
	traceReady  = 2 // g made runnable by goroutine a (0: the scheduler, for timers)
	traceRun    = 3 // g starts or resumes running
	traceExit   = 4 // g's function returned
	tracePrint  = 5 // g writes to fd a (the host's next fd_write carries the bytes)
	tracePanic  = 6 // g panics (the message follows on stderr)
	traceFatal  = 7 // fatal error; s: the message
	traceCall   = 8 // g calls a user import (the host's next import call is that one)
)

func goid(g unsafe.Pointer) int32 {
	if g == nil {
		return 0
	}
	return ld32(g, gID)
}

func traceStr(kind int32, g int32, a int32, s string) {
	traceEvent(kind, g, a, unsafe.Pointer(unsafe.StringData(s)), int32(len(s)), tracePos)
}

// traceGo reports a new goroutine running the Go function name declared at entry: made by
// a go statement at at, or (at == 0) the goroutine of an export call or of main.
func traceGo(g unsafe.Pointer, name string, at int32, entry int32) {
	st32(g, gTracePos, entry)
	parent := goid(curg)
	if at == 0 {
		parent = -1
		at = entry
	}
	traceEvent(traceCreate, ld32(g, gID), parent, unsafe.Pointer(unsafe.StringData(name)), int32(len(name)), at)
}

func traceParked(reason string) {
	st32(curg, gTracePos, tracePos)
	traceStr(tracePark, ld32(curg, gID), 0, reason)
}

// traceReadied: readied by the running goroutine, or (curg == nil) by the scheduler's
// timers, which have no source position.
func traceReadied(g unsafe.Pointer) {
	pos := tracePos
	if curg == nil {
		pos = 0
	}
	traceEvent(traceReady, ld32(g, gID), goid(curg), nil, 0, pos)
}

// traceRunning restores the position the goroutine stopped at.
func traceRunning(g unsafe.Pointer) {
	tracePos = ld32(g, gTracePos)
	traceEvent(traceRun, ld32(g, gID), 0, nil, 0, tracePos)
}

func traceExited(g unsafe.Pointer) {
	traceEvent(traceExit, ld32(g, gID), 0, nil, 0, tracePos)
}

func traceWrite(fd int32) {
	traceEvent(tracePrint, goid(curg), fd, nil, 0, tracePos)
}

func tracePanicked() {
	traceEvent(tracePanic, goid(curg), 0, nil, 0, tracePos)
}

func traceFatalError(msg string) {
	traceStr(traceFatal, goid(curg), 0, msg)
}

func traceImportCall() {
	traceEvent(traceCall, goid(curg), 0, nil, 0, tracePos)
}
