// Package runtime is the Go side of every module: printing with gc's formats, panics, the
// allocator and collector (malloc.go), strings, slices and maps, interfaces (iface.go),
// goroutines, channels and time's hooks (sched.go, chan.go, time.go), deferred calls (defer.go; in range-over-func
// bodies rangefunc.go), trace events (trace.go), and the runtime API programs call (api.go;
// runtime/debug is debug.go). Complex division and printing are at the end of this file. It is compiled by our own pipeline together with the user's package; only what
// the program reaches ends up in the module, so a program that does not print carries no
// printing code. It talks to the host only through WASI imports declared with
// //go:wasmimport (and gowasm.trace when tracing).
//
// Floats print as gc's strconv.AppendFloat(v, 'g', -1, 64|32): exact multiprecision
// decimals of the value and of its rounding interval's ends, in scratch space below the
// data segments, cut to the shortest digits that round-trip. No tables, so a module that
// prints floats stays small.
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
	if recoverEnabled() {
		if capturing {
			capture(p, n)
			return
		}
	}
	traceWrite(2)
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
	i := uint32(bufEnd)
	for {
		i--
		hst8(i, uint32(v%10)+'0')
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
		v = -v
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

// printslice prints a slice as gc does: [len/cap] and the array's address.
func printslice(p unsafe.Pointer, n int32, c int32) {
	printstring("[")
	printint(int64(n))
	printstring("/")
	printint(int64(c))
	printstring("]")
	printpointer(p)
}

// printfloat prints v as gc 1.27 does, strconv.AppendFloat(v, 'g', -1, 64): the shortest
// digits that read back as v, in exponent form when the exponent is < -4 or >= 6.
func printfloat(v float64) {
	*(*float64)(unsafe.Pointer(uintptr(floatBits))) = v
	bits := *(*uint64)(unsafe.Pointer(uintptr(floatBits)))
	printfloatbits(bits>>63 != 0, bits&(1<<52-1), int(bits>>52)&2047, 52, 2047, -1023)
}

// printfloat32 prints v with float32 precision (bit size 32), as gc's printfloat32 does.
func printfloat32(v float32) {
	*(*float32)(unsafe.Pointer(uintptr(floatBits))) = v
	bits := uint64(*(*uint32)(unsafe.Pointer(uintptr(floatBits))))
	printfloatbits(bits>>31 != 0, bits&(1<<23-1), int(bits>>23)&255, 23, 255, -127)
}

// The shortest-digits search works on exact multiprecision decimals in the scratch space
// below the data segments (no tables, so modules stay small): the value and the upper and
// lower ends of the interval of reals that round to it. A decimal at address a holds its
// digit count nd at a, its decimal point dp at a+8, a truncation flag at a+16 and ASCII
// digits from a+24; the value is 0.d[0]d[1]...d[nd-1] × 10^dp. 800 digits hold every
// float64 exactly. The scratch ends at decLower+decSize = 2608, below codegen's DATA_BASE.
const (
	floatBits  = 128
	decDigits  = 800
	decSize    = 24 + decDigits
	decValue   = 136
	decUpper   = decValue + decSize
	decLower   = decUpper + decSize
	maxShift   = 60 // largest shift step that cannot overflow a uint64 digit accumulator
)

func geti(a int) int {
	return *(*int)(unsafe.Pointer(uintptr(a)))
}

func seti(a int, v int) {
	*(*int)(unsafe.Pointer(uintptr(a))) = v
}

func digit(a int, i int) byte {
	return getb(a + 24 + i)
}

func setdigit(a int, i int, c byte) {
	setb(a+24+i, c)
}

func printfloatbits(neg bool, mant uint64, exp int, mantbits uint, expmax int, bias int) {
	if exp == expmax {
		if mant != 0 {
			printstring("NaN")
		} else if neg {
			printstring("-Inf")
		} else {
			printstring("+Inf")
		}
		return
	}
	if exp == 0 {
		exp++ // denormal
	} else {
		mant |= 1 << mantbits
	}
	exp += bias
	decAssign(decValue, mant)
	decShift(decValue, exp-int(mantbits))
	roundShortest(decValue, mant, exp, mantbits, bias)
	fmtShortest(decValue, neg)
}

// decTrim drops trailing zero digits.
func decTrim(a int) {
	nd := geti(a)
	for nd > 0 && digit(a, nd-1) == '0' {
		nd--
	}
	seti(a, nd)
	if nd == 0 {
		seti(a+8, 0)
	}
}

func decAssign(a int, v uint64) {
	i := decDigits
	for v > 0 {
		i--
		setdigit(a, i, byte(v%10)+'0')
		v /= 10
	}
	n := decDigits - i
	for j := 0; j < n; j++ {
		setdigit(a, j, digit(a, i+j))
	}
	seti(a, n)
	seti(a+8, n)
	seti(a+16, 0)
	decTrim(a)
}

// decShift multiplies the decimal by 2^k.
func decShift(a int, k int) {
	if geti(a) == 0 {
		return
	}
	if k > 0 {
		for k > maxShift {
			decLeftShift(a, maxShift)
			k -= maxShift
		}
		decLeftShift(a, uint(k))
	} else if k < 0 {
		for k < -maxShift {
			decRightShift(a, maxShift)
			k += maxShift
		}
		decRightShift(a, uint(-k))
	}
}

func decRightShift(a int, k uint) {
	nd := geti(a)
	r := 0
	w := 0
	var n uint64
	// Read digits until the accumulator holds at least one whole output digit.
	for ; n>>k == 0; r++ {
		if r >= nd {
			if n == 0 {
				seti(a, 0)
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(digit(a, r)-'0')
	}
	seti(a+8, geti(a+8)-(r-1))
	mask := uint64(1)<<k - 1
	for ; r < nd; r++ {
		c := uint64(digit(a, r) - '0')
		setdigit(a, w, byte(n>>k)+'0')
		w++
		n = (n&mask)*10 + c
	}
	for n > 0 {
		d := n >> k
		n &= mask
		if w < decDigits {
			setdigit(a, w, byte(d)+'0')
			w++
		} else if d > 0 {
			seti(a+16, 1)
		}
		n *= 10
	}
	seti(a, w)
	decTrim(a)
}

// decLeftShift writes the product right to left, leaving room for the most digits a shift
// by k can add (floor(k·log10 2)+1), then moves it down over the room it did not use.
func decLeftShift(a int, k uint) {
	nd := geti(a)
	room := int(k)*1233>>12 + 1
	w := nd + room
	var n uint64
	for r := nd - 1; r >= 0; r-- {
		n += uint64(digit(a, r)-'0') << k
		q := n / 10
		w--
		if w < decDigits {
			setdigit(a, w, byte(n-10*q)+'0')
		} else if n-10*q != 0 {
			seti(a+16, 1)
		}
		n = q
	}
	for n > 0 {
		q := n / 10
		w--
		if w < decDigits {
			setdigit(a, w, byte(n-10*q)+'0')
		} else if n-10*q != 0 {
			seti(a+16, 1)
		}
		n = q
	}
	added := room - w
	nd += added
	if nd > decDigits {
		nd = decDigits
	}
	if w > 0 {
		for i := 0; i < nd; i++ {
			setdigit(a, i, digit(a, i+w))
		}
	}
	seti(a, nd)
	seti(a+8, geti(a+8)+added)
	decTrim(a)
}

// decShouldRoundUp reports whether keeping nd digits rounds up (half to even).
func decShouldRoundUp(a int, nd int) bool {
	if digit(a, nd) == '5' && nd+1 == geti(a) {
		if geti(a+16) != 0 {
			return true
		}
		return nd > 0 && (digit(a, nd-1)-'0')%2 == 1
	}
	return digit(a, nd) >= '5'
}

func decRound(a int, nd int) {
	if nd < 0 || nd >= geti(a) {
		return
	}
	if decShouldRoundUp(a, nd) {
		decRoundUp(a, nd)
	} else {
		decRoundDown(a, nd)
	}
}

func decRoundDown(a int, nd int) {
	if nd < 0 || nd >= geti(a) {
		return
	}
	seti(a, nd)
	decTrim(a)
}

func decRoundUp(a int, nd int) {
	if nd < 0 || nd >= geti(a) {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		c := digit(a, i)
		if c < '9' {
			setdigit(a, i, c+1)
			seti(a, i+1)
			return
		}
	}
	// All nines: becomes 1 with the decimal point one further.
	setdigit(a, 0, '1')
	seti(a, 1)
	seti(a+8, geti(a+8)+1)
}

// roundShortest cuts the exact decimal d of mant×2^(exp-mantbits) to the fewest digits that
// still lie strictly inside its rounding interval (inclusive when mant is even, as
// round-half-even reading includes the ends), choosing the nearest such number.
func roundShortest(d int, mant uint64, exp int, mantbits uint, bias int) {
	if mant == 0 {
		seti(d, 0)
		return
	}
	minexp := bias + 1
	// An integer whose trailing-zero unit is at least the spacing of floats is already shortest.
	if exp > minexp && 332*(geti(d+8)-geti(d)) >= 100*(exp-int(mantbits)) {
		return
	}
	u := decUpper
	decAssign(u, mant*2+1)
	decShift(u, exp-int(mantbits)-1)
	var mantlo uint64
	explo := exp
	if mant > 1<<mantbits || exp == minexp {
		mantlo = mant - 1
	} else {
		// At a power of two the float below is half as far away.
		mantlo = mant*2 - 1
		explo = exp - 1
	}
	l := decLower
	decAssign(l, mantlo*2+1)
	decShift(l, explo-int(mantbits)-1)
	inclusive := mant%2 == 0
	// upperdelta: 0 while upper and d agree, 1 when upper exceeds d by exactly one unit in
	// the digits so far, 2 when by more.
	upperdelta := 0
	for ui := 0; ; ui++ {
		mi := ui - geti(u+8) + geti(d+8)
		if mi >= geti(d) {
			break
		}
		li := ui - geti(u+8) + geti(l+8)
		lc := byte('0')
		if li >= 0 && li < geti(l) {
			lc = digit(l, li)
		}
		m := byte('0')
		if mi >= 0 {
			m = digit(d, mi)
		}
		uc := byte('0')
		if ui < geti(u) {
			uc = digit(u, ui)
		}
		okdown := lc != m || inclusive && li+1 == geti(l)
		if upperdelta == 0 && m+1 < uc {
			upperdelta = 2
		} else if upperdelta == 0 && m+1 == uc {
			upperdelta = 1
		} else if upperdelta == 1 && (m != '9' || uc != '0') {
			upperdelta = 2
		}
		okup := upperdelta > 0 && (inclusive || upperdelta > 1 || ui+1 < geti(u))
		if okdown && okup {
			decRound(d, mi+1)
			return
		}
		if okdown {
			decRoundDown(d, mi+1)
			return
		}
		if okup {
			decRoundUp(d, mi+1)
			return
		}
	}
}

// fmtShortest writes d as %g with shortest precision: %e when the exponent is < -4 or >= 6
// (at least two exponent digits), %f otherwise.
func fmtShortest(d int, neg bool) {
	b := bufStart
	if neg {
		setb(b, '-')
		b++
	}
	nd := geti(d)
	dp := geti(d + 8)
	exp := dp - 1
	if exp < -4 || exp >= 6 {
		c := byte('0')
		if nd > 0 {
			c = digit(d, 0)
		}
		setb(b, c)
		b++
		if nd > 1 {
			setb(b, '.')
			b++
			for i := 1; i < nd; i++ {
				setb(b, digit(d, i))
				b++
			}
		}
		setb(b, 'e')
		b++
		if nd == 0 {
			exp = 0
		}
		c = '+'
		if exp < 0 {
			c = '-'
			exp = -exp
		}
		setb(b, c)
		b++
		if exp >= 100 {
			setb(b, byte(exp/100)+'0')
			b++
		}
		setb(b, byte(exp/10%10)+'0')
		setb(b+1, byte(exp%10)+'0')
		b += 2
	} else {
		if dp > 0 {
			for i := 0; i < dp; i++ {
				c := byte('0')
				if i < nd {
					c = digit(d, i)
				}
				setb(b, c)
				b++
			}
		} else {
			setb(b, '0')
			b++
		}
		if nd > dp {
			setb(b, '.')
			b++
			for j := dp; j < nd; j++ {
				c := byte('0')
				if j >= 0 {
					c = digit(d, j)
				}
				setb(b, c)
				b++
			}
		}
	}
	writeErr(unsafe.Pointer(uintptr(bufStart)), int32(b-bufStart))
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

// Complex division is gc's runtime/complex.go, with the parts as separate floats (the
// lowering calls complex128div for every complex /, complex64 operands widened first):
//
// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

const (
	kindComplex64  = 15
	kindComplex128 = 16
	// The complex kinds, for kindUsed: their code is left out of programs without them.
	complexKinds = 1<<kindComplex64 | 1<<kindComplex128
)

func isNaN(f float64) bool { return f != f }

func isFinite(f float64) bool { return !isNaN(f - f) }

func isInf(f float64) bool { return !isNaN(f) && !isFinite(f) }

// inf2one returns a signed 1 if f is an infinity and a signed 0 otherwise.
// The sign of the result is the sign of f.
func inf2one(f float64) float64 {
	g := 0.0
	if isInf(f) {
		g = 1.0
	}
	return f64copysign(g, f)
}

func complex128div(nr, ni, mr, mi float64) (float64, float64) {
	var e, f float64 // complex(e, f) = n/m

	// Algorithm for robust complex division as described in
	// Robert L. Smith: Algorithm 116: Complex division. Commun. ACM 5(8): 435 (1962).
	if f64abs(mr) >= f64abs(mi) {
		ratio := mi / mr
		denom := mr + ratio*mi
		e = (nr + ni*ratio) / denom
		f = (ni - nr*ratio) / denom
	} else {
		ratio := mr / mi
		denom := mi + ratio*mr
		e = (nr*ratio + ni) / denom
		f = (ni*ratio - nr) / denom
	}

	if isNaN(e) && isNaN(f) {
		// Correct final result to infinities and zeros if applicable.
		// Matches C99: ISO/IEC 9899:1999 - G.5.1  Multiplicative operators.

		a, b := nr, ni
		c, d := mr, mi
		inf := f64frombits(0x7ff0000000000000)

		switch {
		case c == 0 && d == 0 && (!isNaN(a) || !isNaN(b)):
			e = f64copysign(inf, c) * a
			f = f64copysign(inf, c) * b

		case (isInf(a) || isInf(b)) && isFinite(c) && isFinite(d):
			a = inf2one(a)
			b = inf2one(b)
			e = inf * (a*c + b*d)
			f = inf * (b*c - a*d)

		case (isInf(c) || isInf(d)) && isFinite(a) && isFinite(b):
			c = inf2one(c)
			d = inf2one(d)
			e = 0 * (a*c + b*d)
			f = 0 * (b*c - a*d)
		}
	}

	return e, f
}

// printcomplex prints a complex128 as gc's print does, strconv.AppendComplex(c, 'g', -1,
// 128): (1+2i), (-0-Infi), (NaN+NaNi).
func printcomplex(re, im float64) {
	printstring("(")
	printfloat(re)
	printimagsign(im)
	printfloat(im)
	printstring("i)")
}

// printcomplex64 prints a complex64 (each part as a float32).
func printcomplex64(re, im float32) {
	printstring("(")
	printfloat32(re)
	printimagsign(float64(im))
	printfloat32(im)
	printstring("i)")
}

// printimagsign prints the + that AppendComplex puts before an imaginary part whose text
// has no sign of its own (NaN and non-negative finite values).
func printimagsign(im float64) {
	if isNaN(im) || (f64bits(im)>>63 == 0 && !isInf(im)) {
		printstring("+")
	}
}
