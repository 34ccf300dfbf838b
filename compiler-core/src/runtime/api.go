package runtime

import "unsafe"

// The runtime package's API as programs call it: the environment, the scheduler's counts,
// the collector's controls and statistics, pinning and finalizers.

const (
	GOOS     = "wasip1"
	GOARCH   = "wasm"
	Compiler = "gc"
)

// Version is the Go release whose semantics the module follows.
func Version() string {
	return "go1.27.3"
}

// NumCPU and GOMAXPROCS: goroutines run one at a time on the module's single thread.
func NumCPU() int {
	return 1
}

func GOMAXPROCS(n int) int {
	return 1
}

// NumGoroutine counts the goroutines that exist: those the scheduler knows that have not
// finished, or the one running main or an export outside the scheduler.
func NumGoroutine() int {
	n := 0
	for g := allg; g != nil; g = ldp(g, gAllNext) {
		if ld32(g, gStatus) != gDead {
			n++
		}
	}
	if curg == nil {
		n++
	}
	return n
}

// KeepAlive marks x as in use up to the call: its argument stays a GC root until then.
func KeepAlive(x any) {}

// GC collects now, then runs the finalizers of the objects it found unreachable.
func GC() {
	if heapStart != 0 {
		forcedGCs++
		gc()
	}
	runFinalizers()
}

// gcPercent is runtime/debug.SetGCPercent's setting: the next collection comes once the
// heap has grown by this percentage of what the last one kept (negative: never).
var gcPercent int32 = 100

func setGCPercent(percent int32) int32 {
	old := gcPercent
	gcPercent = percent
	if heapStart != 0 {
		setNextGC()
	}
	return old
}

// MemStats is gc's runtime.MemStats; the fields this heap has a meaning for are filled.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats) {
	*m = MemStats{}
	m.EnableGC = true
	m.Sys = uint64(uint32(memorySize())) << 16
	m.OtherSys = m.Sys
	if heapStart == 0 {
		return
	}
	inuse := uint64(0)
	for pg := uint32(0); pg < heapPages; pg++ {
		if hld8(pageTable+pg) != 0 {
			inuse += pageSize
		}
	}
	m.HeapSys = uint64(heapPages) << pageShift
	m.HeapInuse = inuse
	m.HeapIdle = m.HeapSys - inuse
	m.HeapAlloc = uint64(liveBytes) + uint64(allocated)
	m.Alloc = m.HeapAlloc
	m.TotalAlloc = totalAlloc + uint64(allocated)
	m.Mallocs = mallocs
	m.HeapObjects = liveObjects + (mallocs - mallocsAtGC)
	m.Frees = m.Mallocs - m.HeapObjects
	m.NextGC = uint64(nextGC)
	m.NumGC = GCCount
	m.NumForcedGC = forcedGCs
	m.GCSys = markStackSize + maxPages
	m.StackSys = shadowStackSize
	m.OtherSys = m.Sys - m.HeapSys - m.GCSys - m.StackSys
}

// A Pinner keeps objects from being freed until Unpin (this collector never moves them).
type Pinner struct {
	refs []any
}

func (p *Pinner) Pin(pointer any) {
	t := efaceType(pointer)
	if t == 0 || hld32(t)&kindMask != kindPointer && hld32(t)&kindMask != kindUnsafePointer {
		panic("runtime.Pinner: argument is not a pointer")
	}
	p.refs = append(p.refs, pointer)
}

func (p *Pinner) Unpin() {
	p.refs = nil
}

// Finalizers: a manual list (so its functions stay roots) of records holding the object's
// address complemented, which the conservative scan does not take for a reference. After
// marking, the unmarked ones are marked again (the object lives until its finalizer ran)
// and move to finReady; GC runs them.
const (
	finNext   = 0
	finObjT   = 4
	finObj    = 8 // ^address
	finFnT    = 12
	finFn     = 16
	finArgAny = 20 // the finalizer takes an interface
	finSize   = 24
)

var finq unsafe.Pointer
var finReady unsafe.Pointer

func SetFinalizer(obj any, finalizer any) {
	t := efaceType(obj)
	if t == 0 {
		panic("runtime.SetFinalizer: first argument is nil")
	}
	if hld32(t)&kindMask != kindPointer {
		panic("runtime.SetFinalizer: first argument is " + typeName(t) + ", not pointer")
	}
	addr := efaceData(obj)
	if addr < heapStart || heapStart == 0 {
		// Not from the heap (a global or a zero-size object): never collected.
		return
	}
	var prev unsafe.Pointer
	for r := finq; r != nil; r = ldp(r, finNext) {
		if uint32(ld32(r, finObj)) == ^addr {
			finUnlink(prev, r)
			freeManual(r, finSize)
			break
		}
		prev = r
	}
	ft := efaceType(finalizer)
	if ft == 0 {
		return
	}
	name := typeName(ft)
	argAny := int32(0)
	if name == "func(interface {})" {
		argAny = 1
	} else if name != "func("+typeName(t)+")" {
		panic("runtime.SetFinalizer: cannot pass " + typeName(t) + " to finalizer " + name)
	}
	r := mallocManual(finSize)
	st32(r, finObjT, int32(t))
	st32(r, finObj, int32(^addr))
	st32(r, finFnT, int32(ft))
	st32(r, finFn, int32(efaceData(finalizer)))
	st32(r, finArgAny, argAny)
	stp(r, finNext, finq)
	finq = r
}

// queueFinalizers runs between marking and sweeping.
func queueFinalizers() {
	var prev unsafe.Pointer
	for r := finq; r != nil; {
		next := ldp(r, finNext)
		obj := ^uint32(ld32(r, finObj))
		if marked(obj) {
			prev = r
			r = next
			continue
		}
		finUnlink(prev, r)
		st32(r, finObj, int32(obj))
		stp(r, finNext, finReady)
		finReady = r
		mark(obj)
		drain()
		for markFull {
			markFull = false
			rescan()
			drain()
		}
		r = next
	}
}

// finUnlink removes r, which follows prev (nil: r is the head), from finq.
func finUnlink(prev unsafe.Pointer, r unsafe.Pointer) {
	if prev == nil {
		finq = ldp(r, finNext)
	} else {
		stp(prev, finNext, ldp(r, finNext))
	}
}

// runFinalizers calls the finalizers of the objects the collections found unreachable. A
// ready record holds the object's interface value (type, address) at finObjT.
func runFinalizers() {
	for finReady != nil {
		r := finReady
		finReady = ldp(r, finNext)
		if ld32(r, finArgAny) != 0 {
			(*(*func(any))(unsafe.Add(r, finFn)))(*(*any)(unsafe.Add(r, finObjT)))
		} else {
			(*(*func(unsafe.Pointer))(unsafe.Add(r, finFn)))(ldp(r, finObj))
		}
		freeManual(r, finSize)
	}
}

// GOROOT is $GOROOT from the host's environment, else "": a module carries no Go tree (as a
// gc binary built with -trimpath), so package time finds no zoneinfo.zip there.
func GOROOT() string {
	for _, kv := range Environ() {
		if len(kv) > 7 && kv[:7] == "GOROOT=" {
			return kv[7:]
		}
	}
	return ""
}
