// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1.5, 3.14159265358979, 1e21, 1e20, 123456789, 0.000001234, 1.0 / 3, 2.5, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 100, 0.1}
	for _, v := range vals {
		println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', -1, 64), strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'G', 3, 64), strconv.FormatFloat(v, 'E', 2, 64), strconv.FormatFloat(v, 'f', 3, 64), strconv.FormatFloat(v, 'g', 5, 64))
	}
	println(strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatFloat(16777217, 'f', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(0.125, 'f', 2, 64))
	println(strconv.FormatFloat(1, 'b', -1, 64), strconv.FormatFloat(-0.5, 'b', -1, 32), strconv.FormatFloat(5e-324, 'b', -1, 64), strconv.FormatFloat(1.5, 'x', -1, 64) == "")
	b := strconv.AppendFloat([]byte("v="), 1.25, 'f', 1, 64)
	println(string(b))
}
