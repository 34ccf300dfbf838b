package runtime

import "unsafe"

// Caller, CallersFrames and FuncForPC over the call sites compiled code records
// (ir/lower/callsite.rs): gc walks its stack, ours keeps none. Before a call that may reach
// Caller, the caller stores the call's site in the slot of its own depth (read on entry), so
// nothing is popped on return or panic. A pc is a site: the address of its function's record
// and, from bit 32 up, the line (panic.go's site format: the record is "name\tfile\0", a name
// starting with '.' following the file's directory, records of one file sharing its name,
// and the site string's length is the line). File names are as the compiler knows them
// (main.go, log/log.go), not absolute paths.

const callSitesMax = 1024

// callSites is allocated by the first record (manual memory, never freed): a package array
// would cost every program.
var callSites *[callSitesMax]uint64

var callDepth int32

func callSiteDepth() int32 { return callDepth }

// setCallSite records the site of the call about to be made at depth d. callee is the
// function called: the compiler keeps only the records of calls that may reach Caller.
func setCallSite(d int32, site string, callee int32) {
	if callSites == nil {
		callSites = (*[callSitesMax]uint64)(mallocManual(callSitesMax * 8))
	}
	if d >= 0 && d < callSitesMax {
		callSites[d] = uint64(uintptr(unsafe.Pointer(unsafe.StringData(site)))) | uint64(len(site))<<32
	}
	callDepth = d + 1
}

// siteOf decodes a pc: the function's name, the file and the line.
func siteOf(pc uintptr) (fn string, file string, line int) {
	p := unsafe.Pointer(uintptr(uint32(pc)))
	tab := 0
	for *(*byte)(unsafe.Add(p, tab)) > '\t' {
		tab++
	}
	at := tab
	for *(*byte)(unsafe.Add(p, at)) != '\t' {
		at++
	}
	f := unsafe.Add(p, at+1)
	n := 0
	for *(*byte)(unsafe.Add(f, n)) != 0 {
		n++
	}
	fn = unsafe.String((*byte)(p), tab)
	file = unsafe.String((*byte)(f), n)
	if tab > 0 && fn[0] == '.' {
		dir := n - 1
		for dir > 0 && file[dir] != '/' {
			dir--
		}
		fn = file[:dir] + fn
	}
	return fn, file, int(pc >> 32)
}

// Caller reports the file and line of the call skip frames up: 0 is the call of Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	i := int(callDepth) - 1 - skip
	if skip < 0 || i < 0 || i >= callSitesMax || callSites == nil {
		return 0, "", 0, false
	}
	pc = uintptr(callSites[i])
	_, file, line = siteOf(pc)
	return pc, file, line, true
}

// A Frame is what Frames.Next reports of a pc.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames walks the pcs given to CallersFrames.
type Frames struct {
	callers []uintptr
}

func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		if pc == 0 {
			continue
		}
		fn, file, line := siteOf(pc)
		return Frame{PC: pc, Function: fn, File: file, Line: line}, len(ci.callers) > 0
	}
	return Frame{}, false
}

// A Func is the function a pc is in.
type Func struct {
	name string
}

func FuncForPC(pc uintptr) *Func {
	if pc == 0 {
		return nil
	}
	fn, _, _ := siteOf(pc)
	return &Func{name: fn}
}

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// FileLine reports the file and line of pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line = siteOf(pc)
	return file, line
}
