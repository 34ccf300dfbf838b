// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// bool parameters and results are i32 0/1 at the Wasm level.

//go:wasmexport and
func and(a, b bool) bool { return a && b }

//go:wasmexport or
func or(a, b bool) bool { return a || b }

//go:wasmexport xor
func xor(a, b bool) bool { return a != b }

//go:wasmexport not
func not(a bool) bool { return !a }

//go:wasmexport in_range
func inRange(x, lo, hi int64) bool { return lo <= x && x < hi }

//go:wasmexport count_true
func countTrue(a, b, c bool) int32 {
	n := int32(0)
	if a {
		n++
	}
	if b {
		n++
	}
	if c {
		n++
	}
	return n
}

func main() {}
