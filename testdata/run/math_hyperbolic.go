// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	for _, x := range []float64{0, 0.1, -0.3, 0.5, 0.6, 1, -2, 5, 21, 22, 44, 45, 100, 710, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN()} {
		println(x, math.Sinh(x), math.Cosh(x), math.Tanh(x))
	}
}
