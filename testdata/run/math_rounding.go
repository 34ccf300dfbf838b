// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	xs := []float64{0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 1e300, -1e-300, 4503599627370495.5, math.Inf(1), math.Inf(-1), math.NaN()}
	negz := math.Copysign(0, -1)
	xs[1] = negz
	for _, x := range xs {
		println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
	}
}
