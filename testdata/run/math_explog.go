// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	xs := []float64{0, 1, -1, 0.5, 2, 10, 100, 709.7, 710, -745, -746, 1e-10, 1e-300, 3.5, -3.5}
	for _, x := range xs {
		println(x, math.Exp(x), math.Exp2(x), math.Log(x), math.Log2(x), math.Log10(x))
	}
	println(math.Exp(math.Inf(1)), math.Exp(math.Inf(-1)), math.Exp(math.NaN()), math.Log(math.Inf(1)), math.Log(-0.0), math.Log2(1024), math.Log10(1e-5))
	println(math.Log(math.E), math.Log10(math.Pow10(15)), math.Pow10(-324), math.Pow10(309), math.Pow10(3))
}
