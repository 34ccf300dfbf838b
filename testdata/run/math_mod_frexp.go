// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	ms := [][2]float64{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {5.5, 2}, {1e300, 3}, {1, 0}, {math.Inf(1), 2}, {3, math.Inf(1)}, {0.3, 0.1}, {math.Copysign(0, -1), 2}}
	for _, m := range ms {
		println(m[0], m[1], math.Mod(m[0], m[1]), math.Remainder(m[0], m[1]))
	}
	for _, x := range []float64{8, 0.3, -5, 0, 1e-310, math.Inf(-1), math.MaxFloat64} {
		f, e := math.Frexp(x)
		i, fr := math.Modf(x)
		println(x, f, e, math.Ldexp(f, e), i, fr)
	}
	println(math.Ldexp(1, 1024), math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(3, -1076), math.Ldexp(-1, 2000))
	println(math.Hypot(3, 4), math.Hypot(1e200, 1e200), math.Hypot(math.Inf(-1), math.NaN()), math.Hypot(0, 0), math.Hypot(-5, 12))
	i, f := math.Modf(-3.25)
	println(i, f)
}
