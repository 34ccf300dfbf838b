// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Closures stored in package variables keep their captured state between calls.

func makeCounter(step int64) func() int64 {
	n := int64(0)
	return func() int64 {
		n += step
		return n
	}
}

var byOne = makeCounter(1)
var byTen = makeCounter(10)
var ops = map[int32]func(float64, float64) float64{
	0: func(a, b float64) float64 { return a + b },
	1: func(a, b float64) float64 { return a * b },
	2: func(a, b float64) float64 { return a / b },
}

//go:wasmexport tick
func tick(which int32) int64 {
	if which == 0 {
		return byOne()
	}
	return byTen()
}

//go:wasmexport calc
func calc(op int32, a, b float64) float64 { return ops[op](a, b) }

func main() {}
