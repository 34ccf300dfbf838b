// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	for _, x := range []float64{536870911, 536870912, 1e9, -1e9, 1e10, 123456789012.5, 1e15, 1e22, 1e100, -1e200, 1e300, math.MaxFloat64, 3.0 * (1 << 40)} {
		println(x, math.Sin(x), math.Cos(x), math.Tan(x))
	}
}
