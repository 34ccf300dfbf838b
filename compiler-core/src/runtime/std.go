package runtime

import "unsafe"

// Support for the standard packages (compiler-core/src/stdlib): body-less functions are
// intrinsics (ir/lower/conc.rs), each one Wasm instruction.

func efaceType(e any) uint32
func efaceData(e any) uint32

func f64sqrt(x float64) float64
func f64floor(x float64) float64
func f64ceil(x float64) float64
func f64trunc(x float64) float64
func f64nearest(x float64) float64
func f64abs(x float64) float64
func f64copysign(x, y float64) float64
func f64bits(x float64) uint64
func f64frombits(b uint64) float64
func f32bits(x float32) uint32
func f32frombits(b uint32) float32
func clz64(x uint64) uint64
func ctz64(x uint64) uint64
func popcnt64(x uint64) uint64

const (
	kindPointer = 22
	kindSlice   = 23
)

// Comparable reports whether == on e's dynamic type cannot panic (errors.Is).
func Comparable(e any) bool {
	t := efaceType(e)
	return t == 0 || hld32(t)&flagUncomparable == 0
}

// NonNilPointer reports whether x holds a non-nil pointer.
func NonNilPointer(x any) bool {
	t := efaceType(x)
	return t != 0 && hld32(t)&kindMask == kindPointer && efaceData(x) != 0
}

// ErrorTarget reports whether the type the pointer target points to is an interface or
// implements error (errors.As's requirement).
func ErrorTarget(target any) bool {
	et := hld32(efaceType(target) + tElem)
	return hld32(et)&kindMask == kindInterface || ifaceMethod(et, methodError) >= 0
}

// AsTarget is errors.As's assignment: when err's dynamic type is assignable to the type
// the non-nil pointer target points to, it stores err there and reports true.
func AsTarget(err any, target any) bool {
	pt := efaceType(target)
	p := efaceData(target)
	et := hld32(pt + tElem)
	t := efaceType(err)
	d := efaceData(err)
	if hld32(et)&kindMask == kindInterface {
		if !implements(t, et) {
			return false
		}
		hst32(p, t)
		hst32(p+4, d)
		return true
	}
	if t != et {
		return false
	}
	if hld32(t)&flagDirect != 0 {
		hst32(p, d)
	} else {
		memcopy(ptrOf(p), ptrOf(d), int32(hld32(t+tSize)))
	}
	return true
}

// DecimalBits rounds the decimal 0.digits × 10^dp (ASCII digits without leading zeros; trunc:
// non-zero digits were dropped after them) to the nearest float of the given mantissa and
// exponent widths, as strconv's slow path does, and returns its bits and whether it
// overflowed to infinity.
func DecimalBits(digits string, dp int, trunc bool, neg bool, mantbits uint, expbits uint, bias int) (uint64, bool) {
	d := decValue
	n := len(digits)
	if n > decDigits {
		n = decDigits
		trunc = true
	}
	for i := 0; i < n; i++ {
		setdigit(d, i, digits[i])
	}
	seti(d, n)
	seti(d+8, dp)
	tr := 0
	if trunc {
		tr = 1
	}
	seti(d+16, tr)
	decTrim(d)
	var mant uint64
	exp := 0
	overflow := false
	if geti(d) == 0 || geti(d+8) < -330 {
		exp = bias
	} else if geti(d+8) > 310 {
		overflow = true
	} else {
		for geti(d+8) > 0 {
			k := powShift(geti(d + 8))
			decShift(d, -k)
			exp += k
		}
		for geti(d+8) < 0 || geti(d+8) == 0 && digit(d, 0) < '5' {
			k := powShift(-geti(d + 8))
			decShift(d, k)
			exp -= k
		}
		exp--
		if exp < bias+1 {
			k := bias + 1 - exp
			decShift(d, -k)
			exp += k
		}
		if exp-bias >= 1<<expbits-1 {
			overflow = true
		} else {
			decShift(d, int(1+mantbits))
			mant = decRoundedInteger(d)
			if mant == 2<<mantbits {
				mant >>= 1
				exp++
				if exp-bias >= 1<<expbits-1 {
					overflow = true
				}
			}
			if mant&(1<<mantbits) == 0 {
				exp = bias
			}
		}
	}
	if overflow {
		mant = 0
		exp = 1<<expbits - 1 + bias
	}
	bits := mant & (uint64(1)<<mantbits - 1)
	bits |= uint64((exp-bias)&(1<<expbits-1)) << mantbits
	if neg {
		bits |= 1 << mantbits << expbits
	}
	return bits, overflow
}

// powShift is the binary shift that moves a decimal point dp digits: strconv's powtab.
func powShift(dp int) int {
	switch {
	case dp >= 9:
		return 27
	case dp >= 8:
		return 26
	case dp >= 7:
		return 23
	case dp >= 6:
		return 19
	case dp >= 5:
		return 16
	case dp >= 4:
		return 13
	case dp >= 3:
		return 9
	case dp >= 2:
		return 6
	case dp >= 1:
		return 3
	}
	return 1
}

// decRoundedInteger is the decimal rounded (half to even) to an integer.
func decRoundedInteger(d int) uint64 {
	dp, nd := geti(d+8), geti(d)
	if dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < dp && i < nd; i++ {
		n = n*10 + uint64(digit(d, i)-'0')
	}
	for ; i < dp; i++ {
		n *= 10
	}
	if dp >= 0 && dp < nd && decShouldRoundUp(d, dp) {
		n++
	}
	return n
}

//go:wasmimport wasi_snapshot_preview1 args_sizes_get
func argsSizesGet(argc unsafe.Pointer, bufSize unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 args_get
func argsGet(argv unsafe.Pointer, buf unsafe.Pointer) int32

// Args returns the command-line arguments the host passes through WASI (os.Args).
func Args() []string {
	var sizes [2]int32
	if argsSizesGet(unsafe.Pointer(&sizes[0]), unsafe.Pointer(&sizes[1])) != 0 || sizes[0] == 0 {
		return nil
	}
	argv := make([]uint32, sizes[0])
	buf := make([]byte, sizes[1])
	argsGet(unsafe.Pointer(&argv[0]), unsafe.Pointer(&buf[0]))
	return cStrings(argv, buf)
}

//go:wasmimport wasi_snapshot_preview1 environ_sizes_get
func environSizesGet(count unsafe.Pointer, bufSize unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 environ_get
func environGet(env unsafe.Pointer, buf unsafe.Pointer) int32

// Environ returns the environment the host gives the program, as key=value strings.
func Environ() []string {
	var sizes [2]int32
	if environSizesGet(unsafe.Pointer(&sizes[0]), unsafe.Pointer(&sizes[1])) != 0 || sizes[0] == 0 {
		return nil
	}
	ptrs := make([]uint32, sizes[0])
	buf := make([]byte, sizes[1])
	environGet(unsafe.Pointer(&ptrs[0]), unsafe.Pointer(&buf[0]))
	return cStrings(ptrs, buf)
}

// cStrings reads the NUL-terminated strings at the addresses ptrs, all inside buf.
func cStrings(ptrs []uint32, buf []byte) []string {
	base := uint32(uintptr(unsafe.Pointer(&buf[0])))
	out := make([]string, len(ptrs))
	for i := range out {
		start := int(ptrs[i] - base)
		end := start
		for end < len(buf) && buf[end] != 0 {
			end++
		}
		out[i] = string(buf[start:end])
	}
	return out
}

// Exit ends the program with the given status (os.Exit).
func Exit(code int32) {
	procExit(code)
}

//go:wasmimport wasi_snapshot_preview1 fd_read
func fdRead(fd int32, iovs unsafe.Pointer, iovsLen int32, nread unsafe.Pointer) int32

// ReadFd reads into b from file descriptor fd (os.File.Read): the bytes read (0 at the end
// of the input) and WASI's errno.
func ReadFd(fd int32, b []byte) (int, int32) {
	if len(b) == 0 {
		return 0, 0
	}
	*(*unsafe.Pointer)(unsafe.Pointer(uintptr(iovAddr))) = unsafe.Pointer(&b[0])
	*(*int32)(unsafe.Pointer(uintptr(iovAddr + 4))) = int32(len(b))
	errno := fdRead(fd, unsafe.Pointer(uintptr(iovAddr)), 1, unsafe.Pointer(uintptr(nwrittenAddr)))
	if errno != 0 {
		return 0, errno
	}
	return int(*(*int32)(unsafe.Pointer(uintptr(nwrittenAddr)))), 0
}

// WriteFd writes b to file descriptor fd (os.File.Write).
func WriteFd(fd int32, b []byte) {
	if fd == 1 {
		writeOut(b)
		return
	}
	if len(b) == 0 {
		return
	}
	traceWrite(fd)
	*(*unsafe.Pointer)(unsafe.Pointer(uintptr(iovAddr))) = unsafe.Pointer(&b[0])
	*(*int32)(unsafe.Pointer(uintptr(iovAddr + 4))) = int32(len(b))
	fdWrite(fd, unsafe.Pointer(uintptr(iovAddr)), 1, unsafe.Pointer(uintptr(nwrittenAddr)))
}

// SliceOf returns the element address, length and element size of the slice held by x
// (sort.Slice); ok is false when x does not hold a slice.
func SliceOf(x any) (p uint32, n int, size uint32, ok bool) {
	t := efaceType(x)
	if t == 0 || hld32(t)&kindMask != kindSlice {
		return 0, 0, 0, false
	}
	h := efaceData(x)
	return hld32(h), int(hld32(h + 4)), hld32(hld32(t+tElem) + tSize), true
}

// KindString is reflect's name for the kind of x's dynamic type ("zero" for nil), for
// gc's panic texts.
func KindString(x any) string {
	t := efaceType(x)
	if t == 0 {
		return "zero"
	}
	if kindUsed(complexKinds) {
		switch hld32(t) & kindMask {
		case kindComplex64:
			return "complex64"
		case kindComplex128:
			return "complex128"
		}
	}
	switch hld32(t) & kindMask {
	case kindBool:
		return "bool"
	case kindInt:
		return "int"
	case kindInt8:
		return "int8"
	case kindInt16:
		return "int16"
	case kindInt32:
		return "int32"
	case kindInt64:
		return "int64"
	case kindUint:
		return "uint"
	case kindUint8:
		return "uint8"
	case kindUint16:
		return "uint16"
	case kindUint32:
		return "uint32"
	case kindUint64:
		return "uint64"
	case kindUintptr:
		return "uintptr"
	case kindFloat32:
		return "float32"
	case kindFloat64:
		return "float64"
	case kindArray:
		return "array"
	case 18:
		return "chan"
	case 19:
		return "func"
	case 21:
		return "map"
	case kindPointer:
		return "ptr"
	case kindString:
		return "string"
	case kindStruct:
		return "struct"
	}
	return "unsafe.Pointer"
}

// SwapElems swaps elements i and j of the size-byte elements at p.
func SwapElems(p uint32, i int, j int, size uint32) {
	a := p + uint32(i)*size
	b := p + uint32(j)*size
	for k := uint32(0); k < size; k++ {
		c := hld8(a + k)
		hst8(a+k, hld8(b+k))
		hst8(b+k, c)
	}
}

//go:wasmimport wasi_snapshot_preview1 random_get
func randomGet(buf unsafe.Pointer, n int32) int32

// The state of rand, seeded from random_get on first use.
var (
	randSeeded bool
	randWord   uint64
)

// rand is gc's runtime.rand, which standard packages pull with //go:linkname (math/rand/v2's
// global generator): a random uint64 (wyrand over a seed from the host's random_get).
func rand() uint64 {
	if !randSeeded {
		var seed [1]uint64
		randomGet(unsafe.Pointer(&seed[0]), 8)
		randWord, randSeeded = seed[0], true
	}
	randWord += 0xa0761d6478bd642f
	hi, lo := mul64(randWord, randWord^0xe7037ed1a0b428db)
	return hi ^ lo
}

// mul64 is the 128-bit product of x and y as (hi, lo).
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&mask32, t>>32
	w1 += x0 * y1
	return x1*y1 + w2 + w1>>32, x * y
}
