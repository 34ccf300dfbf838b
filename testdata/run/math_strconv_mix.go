// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"math"
	"strconv"
)

func main() {
	// Newton's method against math.Sqrt, printed with strconv.
	for _, x := range []float64{2, 10, 1e-8, 12345.6789} {
		g := x
		for i := 0; i < 60; i++ {
			g = (g + x/g) / 2
		}
		println(strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(g, 'f', 12, 64), strconv.FormatFloat(math.Sqrt(x), 'e', 10, 64), g == math.Sqrt(x))
	}
	// Compound interest and rounding to cents.
	p := 1000.0
	for year := 1; year <= 5; year++ {
		p *= 1.0375
		println(year, strconv.FormatFloat(math.Round(p*100)/100, 'f', 2, 64))
	}
	println(strconv.FormatFloat(math.Pi, 'f', 20, 64), strconv.FormatFloat(1e-7, 'f', -1, 64), strconv.FormatFloat(123456789e20, 'f', 0, 64))
}
