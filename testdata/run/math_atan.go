// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	xs := []float64{0, 0.3, 0.66, 0.7, 1, 2.4, 2.5, 10, -1, -0.5, 1e10}
	for _, x := range xs {
		println(x, math.Atan(x), math.Asin(x), math.Acos(x))
	}
	inf := math.Inf(1)
	ys := [][2]float64{{1, 1}, {1, -1}, {-1, -1}, {-1, 1}, {0, -1}, {math.Copysign(0, -1), -1}, {0, 0}, {0, math.Copysign(0, -1)}, {1, 0}, {-1, 0}, {inf, inf}, {inf, -inf}, {-inf, 1}, {1, inf}, {1, -inf}, {math.NaN(), 1}, {3, 4}}
	for _, y := range ys {
		println(y[0], y[1], math.Atan2(y[0], y[1]))
	}
}
