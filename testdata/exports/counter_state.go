// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Package-level state lives across export calls.

var count int64
var calls uint32
var last int32 = -1

//go:wasmexport inc
func inc(by int32) int64 {
	calls++
	last = by
	count += int64(by)
	return count
}

//go:wasmexport get
func get() int64 {
	calls++
	return count
}

//go:wasmexport reset
func reset() {
	calls++
	count = 0
}

//go:wasmexport stats
func stats() uint32 {
	println("calls", calls, "last", last, "count", count)
	return calls
}

func main() {}
