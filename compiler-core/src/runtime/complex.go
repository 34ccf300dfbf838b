// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package runtime

// Complex division, gc's runtime/complex.go: the lowering calls complex128div for every
// complex / (complex64 operands widened first), with the parts as separate floats.

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
