// Package runtime is the Go side of every module: printing, panics and (later) the
// allocator, GC and scheduler. It is compiled by our own pipeline together with the user's
// package; only what the program reaches ends up in the module.
package runtime

import "unsafe"

// Linear memory below the data segments: [0,16) stays unused so nil faults are visible,
// [16,24) holds an iovec, [24,28) nwritten, [32,128) a formatting buffer.
const (
	iovAddr      = 16
	nwrittenAddr = 24
	bufStart     = 32
	bufEnd       = 128
)

//go:wasmimport wasi_snapshot_preview1 fd_write
func fdWrite(fd int32, iovs unsafe.Pointer, iovsLen int32, nwritten unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 proc_exit
func procExit(code int32)

func writeErr(p unsafe.Pointer, n int32) {
	*(*unsafe.Pointer)(unsafe.Pointer(uintptr(iovAddr))) = p
	*(*int32)(unsafe.Pointer(uintptr(iovAddr + 4))) = n
	fdWrite(2, unsafe.Pointer(uintptr(iovAddr)), 1, unsafe.Pointer(uintptr(nwrittenAddr)))
}

func setb(i int, c byte) {
	*(*byte)(unsafe.Pointer(uintptr(i))) = c
}

func getb(i int) byte {
	return *(*byte)(unsafe.Pointer(uintptr(i)))
}

func printstring(s string) {
	writeErr(unsafe.Pointer(unsafe.StringData(s)), int32(len(s)))
}

func printbool(b bool) {
	if b {
		printstring("true")
	} else {
		printstring("false")
	}
}

func printuint(v uint64) {
	i := bufEnd
	for {
		i--
		setb(i, byte(v%10)+'0')
		v /= 10
		if v == 0 {
			break
		}
	}
	writeErr(unsafe.Pointer(uintptr(i)), int32(bufEnd-i))
}

func printint(v int64) {
	if v < 0 {
		printstring("-")
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

func printhex(v uint64) {
	const digits = "0123456789abcdef"
	i := bufEnd
	for {
		i--
		setb(i, *(*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(digits)), int(v%16))))
		v /= 16
		if v == 0 {
			break
		}
	}
	i--
	setb(i, 'x')
	i--
	setb(i, '0')
	writeErr(unsafe.Pointer(uintptr(i)), int32(bufEnd-i))
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

// printfloat prints v as gc's runtime does: sign, one digit, '.', six digits, 'e', a signed
// three-digit exponent (+1.500000e+000), or NaN / ±Inf.
func printfloat(v float64) {
	switch {
	case v != v:
		printstring("NaN")
		return
	case v+v == v && v > 0:
		printstring("+Inf")
		return
	case v+v == v && v < 0:
		printstring("-Inf")
		return
	}
	const n = 7
	b := bufStart
	setb(b, '+')
	e := 0
	if v == 0 {
		if 1/v < 0 {
			setb(b, '-')
		}
	} else {
		if v < 0 {
			v = -v
			setb(b, '-')
		}
		for v >= 10 {
			e++
			v /= 10
		}
		for v < 1 {
			e--
			v *= 10
		}
		h := 5.0
		for i := 0; i < n; i++ {
			h /= 10
		}
		v += h
		if v >= 10 {
			e++
			v /= 10
		}
	}
	for i := 0; i < n; i++ {
		s := int(v)
		setb(b+i+2, byte(s+'0'))
		v -= float64(s)
		v *= 10
	}
	setb(b+1, getb(b+2))
	setb(b+2, '.')
	setb(b+n+2, 'e')
	setb(b+n+3, '+')
	if e < 0 {
		e = -e
		setb(b+n+3, '-')
	}
	setb(b+n+4, byte(e/100+'0'))
	setb(b+n+5, byte(e/10%10+'0'))
	setb(b+n+6, byte(e%10+'0'))
	writeErr(unsafe.Pointer(uintptr(b)), n+7)
}

// cmpstring compares byte-wise: -1, 0 or +1.
func cmpstring(a, b string) int32 {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	pa := unsafe.Pointer(unsafe.StringData(a))
	pb := unsafe.Pointer(unsafe.StringData(b))
	for i := 0; i < n; i++ {
		x := *(*byte)(unsafe.Add(pa, i))
		y := *(*byte)(unsafe.Add(pb, i))
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}
