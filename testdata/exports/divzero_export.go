// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A run-time panic inside an export ends the run: no later call is made.

var done int32

//go:wasmexport div
func div(a, b int32) int32 {
	done++
	return a / b
}

//go:wasmexport udiv
func udiv(a, b uint64) uint64 { return a / b }

//go:wasmexport count
func count() int32 { return done }

func main() {}
