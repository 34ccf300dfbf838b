package runtime

import "unsafe"

// The heap: a non-moving mark-sweep collector over 8 KiB pages in linear memory.
//
//	[0, DATA_BASE)               a null guard and the runtime's scratch (codegen::DATA_BASE)
//	[DATA_BASE, dataEnd)         the data segment
//	[dataEnd, +shadowStackSize)  global root slots, then the shadow stack (grows up; sp):
//	                             lower half main code's, upper half the running goroutine's
//	[.., +markStackSize)         the collector's mark stack
//	[.., +maxPages)              page table: one byte per heap page
//	[.., +256)                   size → class lookup (by size/8)
//	[.., +4*3*numClasses)        free-list heads (scan, noscan, manual classes)
//	heapStart (page aligned)     pages, grown with memory.grow (at most maxPages: 256 MiB)
//
// Codegen drops all of it when mallocgc is unreachable: a program that never allocates has
// no heap, no shadow stack and no collector.
//
// Allocator. mallocgc(size, noscan): 25 size classes up to 2040 bytes, one class per page (a
// 128-byte mark bitmap at the page start, free lists threaded through free objects); larger
// objects take whole pages, their first starting with a 16-byte header (mark word, page
// count). Pages are found first-fit in the page table, or the heap grows; noscan objects
// (no pointers: strings' bytes, []int...) are kept apart so the collector never scans them.
// Memory is zeroed on allocation. A page table byte holds the class in its low 5 bits and
// the flags above (ptManual, ptNoscan, ptLarge); a large object's other pages are ptCont.
//
// Manual objects (mallocManual/freeManual: goroutine records, save areas, the execution
// stack, channels, sudogs and defer records, through sched.go's gorAlloc/gorFree) are never
// collected and always scanned. A program without collectable objects gets mallocBump and
// freeBump instead (the compiler redirects the calls, ir/lower/init.rs), heapUsed becomes
// the constant false and the ifs on it are folded away, so it carries no page heap, size
// classes, collector or shadow-stack switching.
//
// Collector. Triggered when the bytes allocated since the last collection exceed
// max(live bytes after it, 4 MiB) (GOGC=100-like), or when the heap cannot grow. Marking is
// conservative on words (any word that points into an allocated object, interior pointers
// included, marks it), with an explicit mark stack (on overflow, marked objects are
// rescanned until nothing changes). Sweeping rebuilds the free lists and frees empty pages.
//
// Roots are the words in [dataEnd, sp) and the manual objects. Wasm locals are never
// scanned (the collector does not depend on the engine); the compiler mirrors roots into
// linear memory instead:
//   - pointer-holding package variables: their root slot at the start of the shadow stack,
//     written after every store (ir Stmt::GlobalRoot);
//   - pointer-holding locals and parameters: a slot in the function's shadow-stack frame
//     (Stmt::Frame at entry, Stmt::Root after every Set, added after lowering a body by
//     FnLower::instrument);
//   - temporaries: mallocgc pushes every new object on the shadow stack, and a function
//     resets sp to the end of its frame at each statement boundary (no temporaries are live
//     there), so a new object is a root until its creator's caller reaches its next
//     statement. A function returning pointers pops its frame and pushes them, so
//     f(g(), h()) keeps g's result alive while h allocates. Arguments with calls are
//     evaluated before the others (gc's order), so a pointer loaded from the heap is never
//     held in a Wasm value across a call of the same argument list (f(p.next, unlink(p)));
//   - goroutines: a parked goroutine's shadow stack is saved in its record and restored at
//     the same address when it runs again (saved frame pointers stay valid); the saved
//     copies are manual objects, scanned entirely;
//   - export calls end with sp back at the base, so bytes the host placed with the
//     exported malloc (string arguments) stay roots until the call returns.

// Compiler intrinsics (memory.copy and memory.fill).
func memcopy(dst, src unsafe.Pointer, n int32)
func memclr(p unsafe.Pointer, n int32)

func dataEnd() uint32 { return uint32(uintptr(heapBase())) }

const (
	shadowStackSize = 1 << 20 // keep equal to codegen::SHADOW_STACK_SIZE
	markStackSize   = 1 << 16
	pageShift       = 13
	pageSize        = 1 << pageShift
	maxPages        = 1 << 15 // a 256 MiB heap
	spanHeader      = 128
	largeHeader     = 16
	maxSmall        = 2040
	numClasses      = 25
	minHeapTrigger  = 4 << 20

	// A page table byte: the size class (1..25) in the low 5 bits, then flags. A large
	// object's first page has class 0; its other pages are ptCont (class bits all set).
	ptClass  = 0x1f
	ptManual = 0x20 // manual objects (goroutines, stacks, channels): never swept, always scanned
	ptNoscan = 0x40
	ptLarge  = 0x80
	ptCont   = ptLarge | ptClass

	// Size classes in units of 8 bytes (class i+1 is classSizes[i]*8).
	classSizes = "\x01\x02\x03\x04\x06\x08\x0a\x0c\x0e\x10\x14\x18\x1c\x20\x28\x30\x38\x40\x50\x60\x70\x80\xa0\xc0\xff"
)

var (
	sp         uint32 // the shadow stack pointer, maintained by compiled code
	heapStart  uint32
	heapPages  uint32
	pageTable  uint32
	markStack  uint32
	markTop    uint32
	markFull   bool
	classOf    uint32
	heapFree  uint32
	allocated  uint32
	liveBytes  uint32
	nextGC     uint32
	GCCount    uint32
	// For ReadMemStats (api.go).
	forcedGCs   uint32
	mallocs     uint64
	mallocsAtGC uint64
	liveObjects uint64
	totalAlloc  uint64
)

func hld8(a uint32) uint32      { return uint32(*(*uint8)(unsafe.Pointer(uintptr(a)))) }
func hst8(a uint32, v uint32)   { *(*uint8)(unsafe.Pointer(uintptr(a))) = uint8(v) }
func hld32(a uint32) uint32     { return *(*uint32)(unsafe.Pointer(uintptr(a))) }
func hst32(a uint32, v uint32)  { *(*uint32)(unsafe.Pointer(uintptr(a))) = v }
func ptrOf(a uint32) unsafe.Pointer { return unsafe.Pointer(uintptr(a)) }

func classSize(c uint32) uint32 {
	return hld8(uint32(uintptr(unsafe.Pointer(unsafe.StringData(classSizes))))+c-1) * 8
}

func heapInit() {
	markStack = dataEnd() + shadowStackSize
	pageTable = markStack + markStackSize
	classOf = pageTable + maxPages
	heapFree = classOf + 256
	heapStart = (heapFree + 12*numClasses + pageSize - 1) &^ (pageSize - 1)
	growTo(heapStart)
	c := uint32(1)
	for i := uint32(0); i < 256; i++ {
		for classSize(c)/8 < i {
			c++
		}
		hst8(classOf+i, c)
	}
	nextGC = minHeapTrigger
}

// growTo makes linear memory reach address end.
func growTo(end uint32) bool {
	have := uint32(memorySize()) << 16
	if end <= have {
		return true
	}
	return memoryGrow(int32((end-have+65535)>>16)) >= 0
}

func outOfMemory() {
	traceFatalError("out of memory")
	printstring("fatal error: out of memory\n")
	procExit(2)
}

// mallocgc returns size zeroed bytes; noscan objects are never scanned for pointers.
func mallocgc(size uint32, noscan bool) unsafe.Pointer {
	if heapStart == 0 {
		heapInit()
	}
	if size == 0 {
		return ptrOf(heapStart)
	}
	if allocated >= nextGC {
		gc()
	}
	mallocs++
	var p uint32
	if size <= maxSmall {
		c := hld8(classOf + (size+7)/8)
		head := heapFree + 4*c
		if noscan {
			head += 4 * numClasses
		}
		p = hld32(head)
		if p == 0 {
			p = refill(c, noscan)
		}
		hst32(head, hld32(p))
		n := classSize(c)
		memclr(ptrOf(p), int32(n))
		allocated += n
	} else {
		p = largeAlloc(size, noscan)
	}
	if sp+4 > dataEnd()+shadowStackSize {
		stackOverflow()
	}
	hst32(sp, p)
	sp += 4
	return ptrOf(p)
}

// heapUsed: the module has collectable objects, hence a shadow stack of GC roots. The
// compiler makes it the constant false when mallocgc is unreachable.
func heapUsed() bool {
	return sp != 0
}

// goShadowBase is where the running goroutine's shadow stack starts (the upper half).
func goShadowBase() uint32 {
	return dataEnd() + shadowStackSize/2
}

// mallocManual allocates memory that is only freed by freeManual; the collector scans it
// as a root.
func mallocManual(size uint32) unsafe.Pointer {
	if heapStart == 0 {
		heapInit()
	}
	if size <= maxSmall {
		c := hld8(classOf + (size+7)/8)
		head := heapFree + 4*(2*numClasses+c)
		p := hld32(head)
		if p == 0 {
			p = refill(c|ptManual, false)
		}
		hst32(head, hld32(p))
		memclr(ptrOf(p), int32(classSize(c)))
		return ptrOf(p)
	}
	p := largeAlloc(size, false)
	pg := (p - heapStart) >> pageShift
	hst8(pageTable+pg, hld8(pageTable+pg)|ptManual)
	return ptrOf(p)
}

// Programs without collectable objects (mallocgc unreachable) get these instead of
// mallocManual and freeManual (ir/lower/init.rs): memory from dataEnd up, in power-of-two blocks
// with one free list per size (heads in the first 128 bytes), so no page heap, size
// classes or collector are emitted.
var bumpTop uint32

func mallocBump(size uint32) unsafe.Pointer {
	if bumpTop == 0 {
		bumpTop = dataEnd() + 128
	}
	c := sizeClass(int32(size))
	head := dataEnd() + 4*c
	p := hld32(head)
	if p != 0 {
		hst32(head, hld32(p))
		memclr(ptrOf(p), int32(1)<<(c&31))
		return ptrOf(p)
	}
	p = bumpTop
	bumpTop += uint32(1) << (c & 31)
	if !growTo(bumpTop) {
		outOfMemory()
	}
	return ptrOf(p)
}

func freeBump(p unsafe.Pointer, size uint32) {
	head := dataEnd() + 4*sizeClass(int32(size))
	hst32(uint32(uintptr(p)), hld32(head))
	hst32(head, uint32(uintptr(p)))
}

func freeManual(p unsafe.Pointer, size uint32) {
	a := uint32(uintptr(p))
	if size <= maxSmall {
		c := hld8(classOf + (size+7)/8)
		head := heapFree + 4*(2*numClasses+c)
		hst32(a, hld32(head))
		hst32(head, a)
		return
	}
	pg := (a - heapStart) >> pageShift
	n := hld32(a - largeHeader + 4)
	for i := uint32(0); i < n; i++ {
		hst8(pageTable+pg+i, 0)
	}
}

// refill carves a fresh page into objects of class c (possibly flagged ptManual) and
// returns the first.
func refill(c uint32, noscan bool) uint32 {
	pg := allocPages(1)
	e := c
	c &^= ptManual
	if noscan {
		e |= ptNoscan
	}
	hst8(pageTable+pg, e)
	base := heapStart + pg<<pageShift
	memclr(ptrOf(base), spanHeader)
	n := classSize(c)
	var next uint32
	for o := base + spanHeader + ((pageSize-spanHeader)/n-1)*n; o >= base+spanHeader; o -= n {
		hst32(o, next)
		next = o
	}
	return next
}

func largeAlloc(size uint32, noscan bool) uint32 {
	if size > maxPages*pageSize {
		outOfMemory()
	}
	n := (size + largeHeader + pageSize - 1) >> pageShift
	pg := allocPages(n)
	e := uint32(ptLarge)
	if noscan {
		e |= ptNoscan
	}
	hst8(pageTable+pg, e)
	for i := uint32(1); i < n; i++ {
		hst8(pageTable+pg+i, ptCont)
	}
	base := heapStart + pg<<pageShift
	hst32(base, 0)
	hst32(base+4, n)
	memclr(ptrOf(base+largeHeader), int32(size))
	allocated += n * pageSize
	return base + largeHeader
}

// allocPages finds n free pages (first fit), growing the heap or collecting when needed.
func allocPages(n uint32) uint32 {
	for attempt := 0; attempt < 3; attempt++ {
		run := uint32(0)
		for pg := uint32(0); pg < heapPages; pg++ {
			if hld8(pageTable+pg) == 0 {
				run++
				if run == n {
					return pg + 1 - n
				}
			} else {
				run = 0
			}
		}
		// Extend the heap by what the trailing free run lacks.
		need := n - run
		if heapPages+need <= maxPages {
			if growTo(heapStart + (heapPages+need)<<pageShift) {
				heapPages += need
				return heapPages - n
			}
		}
		if attempt < 2 {
			gc()
		}
	}
	outOfMemory()
	return 0
}

// gc marks from the roots and sweeps every page.
func gc() {
	GCCount++
	markTop = markStack
	markFull = false
	for a := dataEnd(); a < sp; a += 4 {
		mark(hld32(a))
	}
	for pg := uint32(0); pg < heapPages; pg++ {
		e := hld8(pageTable + pg)
		if e&ptManual == 0 {
			continue
		}
		base := heapStart + pg<<pageShift
		end := base + pageSize
		if e&ptLarge != 0 {
			end = base + hld32(base+4)<<pageShift
		}
		for a := base; a < end; a += 4 {
			mark(hld32(a))
		}
		drain()
	}
	drain()
	for markFull {
		// The mark stack overflowed: rescan every marked object until nothing new is found.
		markFull = false
		rescan()
		drain()
	}
	if finq != nil {
		queueFinalizers()
	}
	sweep()
	totalAlloc += uint64(allocated)
	mallocsAtGC = mallocs
	allocated = 0
	setNextGC()
}

// setNextGC sets the allocation volume that triggers the next collection (gcPercent).
func setNextGC() {
	if gcPercent < 0 {
		nextGC = ^uint32(0)
		return
	}
	nextGC = uint32(uint64(liveBytes) * uint64(gcPercent) / 100)
	if nextGC < minHeapTrigger {
		nextGC = minHeapTrigger
	}
}

// marked reports whether the collection that is marking has reached the object at v.
func marked(v uint32) bool {
	pg := (v - heapStart) >> pageShift
	e := hld8(pageTable + pg)
	for e == ptCont {
		pg--
		e = hld8(pageTable + pg)
	}
	base := heapStart + pg<<pageShift
	if e&ptLarge != 0 {
		return hld32(base) != 0
	}
	i := (v - base - spanHeader) / classSize(e&ptClass)
	return hld8(base+i>>3)&(1<<(i&7)) != 0
}

// mark marks the object containing address v, if any, and queues it for scanning.
func mark(v uint32) {
	if v < heapStart || v >= heapStart+heapPages<<pageShift {
		return
	}
	pg := (v - heapStart) >> pageShift
	e := hld8(pageTable + pg)
	if e == 0 {
		return
	}
	for e == ptCont {
		pg--
		e = hld8(pageTable + pg)
	}
	if e&ptManual != 0 {
		return
	}
	base := heapStart + pg<<pageShift
	if e&ptLarge != 0 {
		if v < base+largeHeader || hld32(base) != 0 {
			return
		}
		hst32(base, 1)
		if e&ptNoscan == 0 {
			push(base + largeHeader)
		}
		return
	}
	if v < base+spanHeader {
		return
	}
	n := classSize(e & ptClass)
	i := (v - base - spanHeader) / n
	if i >= (pageSize-spanHeader)/n {
		return
	}
	b := base + i>>3
	m := uint32(1) << (i & 7)
	if hld8(b)&m != 0 {
		return
	}
	hst8(b, hld8(b)|m)
	if e&ptNoscan == 0 {
		push(base + spanHeader + i*n)
	}
}

func push(obj uint32) {
	if markTop >= markStack+markStackSize {
		markFull = true
		return
	}
	hst32(markTop, obj)
	markTop += 4
}

// objSize is the size of the object starting at obj.
func objSize(obj uint32) uint32 {
	pg := (obj - heapStart) >> pageShift
	e := hld8(pageTable + pg)
	if e&ptLarge != 0 {
		return hld32(obj-largeHeader+4)<<pageShift - largeHeader
	}
	return classSize(e & ptClass)
}

func drain() {
	for markTop > markStack {
		markTop -= 4
		obj := hld32(markTop)
		end := obj + objSize(obj)
		for a := obj; a < end; a += 4 {
			mark(hld32(a))
		}
	}
}

// rescan scans every marked, scannable object again (after a mark stack overflow).
func rescan() {
	for pg := uint32(0); pg < heapPages; pg++ {
		e := hld8(pageTable + pg)
		if e == 0 || e == ptCont || e&(ptNoscan|ptManual) != 0 {
			continue
		}
		base := heapStart + pg<<pageShift
		if e&ptLarge != 0 {
			if hld32(base) != 0 {
				scanObject(base + largeHeader)
			}
			continue
		}
		n := classSize(e)
		count := (pageSize - spanHeader) / n
		for i := uint32(0); i < count; i++ {
			if hld8(base+i>>3)&(1<<(i&7)) != 0 {
				scanObject(base + spanHeader + i*n)
			}
		}
	}
}

func scanObject(obj uint32) {
	end := obj + objSize(obj)
	for a := obj; a < end; a += 4 {
		mark(hld32(a))
		if markFull {
			return
		}
	}
}

// sweep frees unmarked objects, rebuilding the free lists, and returns empty pages.
func sweep() {
	memclr(ptrOf(heapFree), 8*numClasses)
	liveBytes = 0
	liveObjects = 0
	for pg := uint32(0); pg < heapPages; pg++ {
		e := hld8(pageTable + pg)
		if e == 0 || e == ptCont {
			continue
		}
		base := heapStart + pg<<pageShift
		if e&ptManual != 0 {
			if e&ptLarge != 0 {
				pg += hld32(base+4) - 1
			}
			continue
		}
		if e&ptLarge != 0 {
			n := hld32(base + 4)
			if hld32(base) == 0 {
				for i := uint32(0); i < n; i++ {
					hst8(pageTable+pg+i, 0)
				}
			} else {
				hst32(base, 0)
				liveBytes += n << pageShift
				liveObjects++
			}
			pg += n - 1
			continue
		}
		any := false
		for w := base; w < base+spanHeader; w += 4 {
			if hld32(w) != 0 {
				any = true
				break
			}
		}
		if !any {
			hst8(pageTable+pg, 0)
			continue
		}
		c := e & ptClass
		n := classSize(c)
		head := heapFree + 4*c
		if e&ptNoscan != 0 {
			head += 4 * numClasses
		}
		count := (pageSize - spanHeader) / n
		for i := uint32(0); i < count; i++ {
			if hld8(base+i>>3)&(1<<(i&7)) != 0 {
				liveBytes += n
				liveObjects++
			} else {
				o := base + spanHeader + i*n
				hst32(o, hld32(head))
				hst32(head, o)
			}
		}
		memclr(ptrOf(base), spanHeader)
	}
}
