package runtime

import "unsafe"

// panicEnd ends the program as gc does on an unrecovered panic: the message has been
// printed; add the goroutine header and the frame, then exit with status 2.
func panicEnd(site string) {
	if recoverEnabled() {
		if capturing {
			raiseCaptured(site)
			return
		}
	}
	tracePanicked()
	printstring("\n\ngoroutine 1 [running]:\n")
	printsite(site)
	printstring("\n")
	procExit(2)
}

// printsite prints a panic site, `main.f(...)\n\tmain.go:5`. The lowering passes the
// function's record, `name\tfile\0`, shared by the sites of a function, with the line as the
// string's length; a name starting with '.' follows its package path, the file's directory,
// which then has a '/' (ir/lower/mod.rs, site). In memory the records of one file share its
// name, `a\0b\0\tfile\0` (codegen/data.rs).
func printsite(site string) {
	if len(site) == 0 {
		return
	}
	// Addresses as uint32, wasm's own: no widening or narrowing around each byte read.
	name := uint32(uintptr(unsafe.Pointer(unsafe.StringData(site))))
	nul := skipTo(name, 0)
	file := skipTo(nul, '\t') + 1
	end := skipTo(file, 0)
	if hld8(name) == '.' {
		dir := end
		for hld8(dir) != '/' {
			dir--
		}
		writeErr(unsafe.Pointer(uintptr(file)), int32(dir-file))
	}
	writeErr(unsafe.Pointer(uintptr(name)), int32(nul-name))
	printstring("(...)\n\t")
	writeErr(unsafe.Pointer(uintptr(file)), int32(end-file))
	printstring(":")
	printint(int64(len(site)))
}

// skipTo is the address of the first byte c from p on.
func skipTo(p uint32, c uint32) uint32 {
	for hld8(p) != c {
		p++
	}
	return p
}

func panicdivide(site string) {
	panicdefers()
	printstring("panic: runtime error: integer divide by zero")
	panicEnd(site)
}

func panicshift(site string) {
	panicdefers()
	printstring("panic: runtime error: negative shift amount")
	panicEnd(site)
}

func budgetExceeded() {
	traceFatalError("step budget exceeded")
	printstring("fatal error: step budget exceeded\n")
	procExit(2)
}

// printindented prints a panic string as gc does: a tab after each newline.
func printindented(s string) {
	p := unsafe.Pointer(unsafe.StringData(s))
	start := 0
	for i := 0; i < len(s); i++ {
		if *(*byte)(unsafe.Add(p, i)) == '\n' {
			writeErr(unsafe.Add(p, start), int32(i+1-start))
			printstring("\t")
			start = i + 1
		}
	}
	writeErr(unsafe.Add(p, start), int32(len(s)-start))
}

// panicIndex reports x out of range for length y (gc's boundsIndex).
func panicIndex(x int64, y int64, site string) {
	panicdefers()
	printstring("panic: runtime error: index out of range [")
	printint(x)
	if x >= 0 {
		printstring("] with length ")
		printint(y)
	} else {
		printstring("]")
	}
	panicEnd(site)
}

// panicSlice reports bad slice bounds; code selects gc's message: 0 [:x] with length y,
// 1 [:x] with capacity y, 2 [x:y], 3 [::x] with length y, 4 [::x] with capacity y,
// 5 [:x:y], 6 [x:y:].
func panicSlice(code int32, x int64, y int64, site string) {
	panicdefers()
	printstring("panic: runtime error: slice bounds out of range [")
	neg := x < 0
	switch code {
	case 0, 1:
		printstring(":")
	case 3, 4:
		printstring("::")
	case 5:
		printstring(":")
	}
	printint(x)
	if neg {
		switch code {
		case 2:
			printstring(":")
		case 5:
			printstring(":")
		case 6:
			printstring("::")
		}
		printstring("]")
		panicEnd(site)
		return
	}
	switch code {
	case 0, 3:
		printstring("] with length ")
		printint(y)
	case 1, 4:
		printstring("] with capacity ")
		printint(y)
	case 2, 5:
		printstring(":")
		printint(y)
		printstring("]")
	case 6:
		printstring(":")
		printint(y)
		printstring(":]")
	}
	panicEnd(site)
}

func panicnil(site string) {
	panicdefers()
	printstring("panic: runtime error: invalid memory address or nil pointer dereference\n[signal 0xb code=0x0 addr=0x0 pc=0x0]")
	panicEnd(site)
}

func panicmakeslicelen(site string) {
	panicdefers()
	printstring("panic: runtime error: makeslice: len out of range")
	panicEnd(site)
}

func panicmakeslicecap(site string) {
	panicdefers()
	printstring("panic: runtime error: makeslice: cap out of range")
	panicEnd(site)
}

func panicSliceConvert(x int64, y int64, site string) {
	panicdefers()
	printstring("panic: runtime error: cannot convert slice with length ")
	printint(x)
	printstring(" to array or pointer to array with length ")
	printint(y)
	panicEnd(site)
}

// unsafeSliceCheck is gc's check of unsafe.Slice(ptr, n) (str: unsafe.String) for elements
// of size bytes: the bytes must fit in the address space above ptr.
func unsafeSliceCheck(ptr uint32, n int64, size uint32, str bool, site string) {
	if n < 0 {
		panicUnsafe(str, "len out of range", site)
		return
	}
	if uint64(n) > 0xffffffff || uint64(n)*uint64(size) > uint64(-ptr) || size == 0 && ptr == 0 && n > 0 {
		if ptr == 0 {
			panicUnsafe(str, "ptr is nil and len is not zero", site)
			return
		}
		panicUnsafe(str, "len out of range", site)
	}
}

func panicUnsafe(str bool, msg string, site string) {
	panicdefers()
	if str {
		printstring("panic: runtime error: unsafe.String: ")
	} else {
		printstring("panic: runtime error: unsafe.Slice: ")
	}
	printstring(msg)
	panicEnd(site)
}
