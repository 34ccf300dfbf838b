// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

// unsafe.Pointer and uintptr as plain numbers: arithmetic, never dereferenced.

//go:wasmexport advance
func advance(p unsafe.Pointer, n uint32) unsafe.Pointer {
	return unsafe.Add(p, n)
}

//go:wasmexport distance
func distance(a, b unsafe.Pointer) int64 {
	return int64(uintptr(b)) - int64(uintptr(a))
}

//go:wasmexport align8
func align8(p uintptr) uintptr { return (p + 7) &^ 7 }

//go:wasmexport is_nil
func isNil(p unsafe.Pointer) bool { return p == nil }

func main() {}
