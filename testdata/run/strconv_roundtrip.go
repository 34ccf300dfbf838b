// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"math"
	"strconv"
)

func main() {
	// Round trips: FormatFloat shortest then ParseFloat gives the same bits.
	vals := []float64{0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, math.Pi, math.E, 1e-300, 1e300, 123.456e-7, 5e-324, math.MaxFloat64, 4.35, 9007199254740993}
	for _, v := range vals {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		println(s, back == v, err == nil, math.Float64bits(back) == math.Float64bits(v))
	}
	for _, v := range []float32{0.1, 1.0 / 3, 16777216, 3.4028235e38, 1e-45} {
		s := strconv.FormatFloat(float64(v), 'g', -1, 32)
		back, _ := strconv.ParseFloat(s, 32)
		println(s, float32(back) == v)
	}
}
