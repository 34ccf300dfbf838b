package runtime

import "unsafe"

// Helpers for package fmt (stdlib/fmt.go), which sees interface values through the type
// descriptors of iface.go.

// writeOut writes b to standard output (or to the capture, while testing runs an example).
func writeOut(b []byte) {
	if len(b) == 0 {
		return
	}
	if stdoutCapturing {
		stdoutCaptured = append(stdoutCaptured, b...)
		return
	}
	traceWrite(1)
	*(*unsafe.Pointer)(unsafe.Pointer(uintptr(iovAddr))) = unsafe.Pointer(&b[0])
	*(*int32)(unsafe.Pointer(uintptr(iovAddr + 4))) = int32(len(b))
	fdWrite(1, unsafe.Pointer(uintptr(iovAddr)), 1, unsafe.Pointer(uintptr(nwrittenAddr)))
}

// Standard output captured for the testing package's examples (gc's testing redirects
// os.Stdout to a file while an example runs).
var (
	stdoutCapturing bool
	stdoutCaptured  []byte
)

// captureStdout starts capturing standard output (on) or stops and returns what was written
// since it started; the testing package pulls it with //go:linkname.
func captureStdout(on bool) []byte {
	out := stdoutCaptured
	stdoutCapturing, stdoutCaptured = on, nil
	return out
}

// methodText calls the Error (id 0) or String (id 1) method of the dynamic type t with
// data word d, if t has it.
func methodText(t uint32, d uint32, id uint32) (string, bool) {
	f := ifaceMethod(t, id)
	if f < 0 {
		return "", false
	}
	return callString(f, d), true
}

// AppendFloat appends v as strconv.AppendFloat(b, v, format, prec, bitSize) does for the
// formats 'e', 'f' and 'g' (prec < 0: the shortest digits that read back as v).
func AppendFloat(b []byte, v float64, format byte, prec int, bitSize int) []byte {
	var neg bool
	var mant uint64
	var exp int
	var mantbits uint
	var expmax, bias int
	if bitSize == 32 {
		*(*float32)(unsafe.Pointer(uintptr(floatBits))) = float32(v)
		bits := uint64(*(*uint32)(unsafe.Pointer(uintptr(floatBits))))
		neg, mant, exp, mantbits, expmax, bias = bits>>31 != 0, bits&(1<<23-1), int(bits>>23)&255, 23, 255, -127
	} else {
		*(*float64)(unsafe.Pointer(uintptr(floatBits))) = v
		bits := *(*uint64)(unsafe.Pointer(uintptr(floatBits)))
		neg, mant, exp, mantbits, expmax, bias = bits>>63 != 0, bits&(1<<52-1), int(bits>>52)&2047, 52, 2047, -1023
	}
	if exp == expmax {
		if mant != 0 {
			return append(b, "NaN"...)
		}
		if neg {
			return append(b, "-Inf"...)
		}
		return append(b, "+Inf"...)
	}
	if exp == 0 {
		exp++
	} else {
		mant |= 1 << mantbits
	}
	exp += bias
	d := decValue
	decAssign(d, mant)
	decShift(d, exp-int(mantbits))
	shortest := prec < 0
	if shortest {
		roundShortest(d, mant, exp, mantbits, bias)
		nd, dp := geti(d), geti(d+8)
		switch format {
		case 'e':
			prec = nd - 1
		case 'f':
			prec = 0
			if nd > dp {
				prec = nd - dp
			}
		default:
			prec = nd
		}
	} else {
		switch format {
		case 'e':
			decRound(d, prec+1)
		case 'f':
			decRound(d, geti(d+8)+prec)
		default:
			if prec == 0 {
				prec = 1
			}
			decRound(d, prec)
		}
	}
	if neg {
		b = append(b, '-')
	}
	nd, dp := geti(d), geti(d+8)
	switch format {
	case 'e':
		return appendE(b, d, prec)
	case 'f':
		return appendF(b, d, prec)
	}
	eprec := prec
	if eprec > nd && nd >= dp {
		eprec = nd
	}
	if shortest {
		eprec = 6
	}
	if x := dp - 1; x < -4 || x >= eprec {
		if prec > nd {
			prec = nd
		}
		return appendE(b, d, prec-1)
	}
	if prec > dp {
		prec = nd
	}
	p := prec - dp
	if p < 0 {
		p = 0
	}
	return appendF(b, d, p)
}

func appendE(b []byte, d int, prec int) []byte {
	nd := geti(d)
	c := byte('0')
	if nd > 0 {
		c = digit(d, 0)
	}
	b = append(b, c)
	if prec > 0 {
		b = append(b, '.')
		for i := 1; i <= prec; i++ {
			c = '0'
			if i < nd {
				c = digit(d, i)
			}
			b = append(b, c)
		}
	}
	b = append(b, 'e')
	exp := geti(d+8) - 1
	if nd == 0 {
		exp = 0
	}
	if exp < 0 {
		b = append(b, '-')
		exp = -exp
	} else {
		b = append(b, '+')
	}
	if exp >= 100 {
		b = append(b, byte(exp/100)+'0')
	}
	return append(b, byte(exp/10%10)+'0', byte(exp%10)+'0')
}

func appendF(b []byte, d int, prec int) []byte {
	nd, dp := geti(d), geti(d+8)
	if dp > 0 {
		for i := 0; i < dp; i++ {
			c := byte('0')
			if i < nd {
				c = digit(d, i)
			}
			b = append(b, c)
		}
	} else {
		b = append(b, '0')
	}
	if prec > 0 {
		b = append(b, '.')
		for i := 1; i <= prec; i++ {
			c := byte('0')
			if j := dp + i - 1; j >= 0 && j < nd {
				c = digit(d, j)
			}
			b = append(b, c)
		}
	}
	return b
}
