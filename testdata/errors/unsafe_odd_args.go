// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

type E struct{ f int }
type T struct {
	*E
	g int
}

func main() {
	var t T
	_ = unsafe.Offsetof(t.f) // ERROR "invalid argument: field f is embedded via a pointer in T"
	_ = unsafe.Offsetof((t.g))
	_ = unsafe.Slice() // ERROR "invalid operation: not enough arguments for unsafe\.Slice\(\) \(expected 2, found 0\)"
	_ = unsafe.SliceData(1, 2) // ERROR "invalid operation: too many arguments for unsafe\.SliceData\(1, 2\) \(expected 1, found 2\)"
	_ = unsafe.Slice(&t, 1.5) // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = unsafe.Slice(&t, 1<<70) // ERROR "1 << 70 \(untyped int constant 1180591620717411303424\) overflows int"
	var f float64
	_ = unsafe.Slice(&t, f) // ERROR "invalid argument: length f \(variable of type float64\) must be integer"
}
