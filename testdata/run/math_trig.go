// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	xs := []float64{0, 0.1, 0.5, 1, -1, 2, 3, math.Pi / 6, math.Pi / 4, math.Pi / 2, math.Pi, 2 * math.Pi, 10, -10, 100, 12345.678, 1e8}
	for _, x := range xs {
		println(x, math.Sin(x), math.Cos(x), math.Tan(x))
	}
	println(math.Sin(math.Inf(1)), math.Cos(math.NaN()), math.Tan(math.Copysign(0, -1)), math.Sin(math.Copysign(0, -1)))
}
