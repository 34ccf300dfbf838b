// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Exports calling other exports and plain functions.

//go:wasmexport square
func square(x int64) int64 { return x * x }

//go:wasmexport sum_squares
func sumSquares(a, b int64) int64 { return square(a) + square(b) }

//go:wasmexport hyp2
func hyp2(a, b float64) float64 {
	return float64(sumSquares(int64(a), int64(b)))
}

//go:wasmexport fib
func fib(n int32) int64 {
	if n < 2 {
		return int64(n)
	}
	return fib(n-1) + fib(n-2)
}

//go:wasmexport fib_sum
func fibSum(n int32) int64 {
	var s int64
	for i := range n {
		s += fib(i)
	}
	return s
}

func main() {}
