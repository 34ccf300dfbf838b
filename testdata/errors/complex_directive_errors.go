// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

//go:wasmexport f
func f(x complex128) {} // ERROR "go:wasmexport: unsupported parameter type complex128"

//go:wasmexport g
func g() complex64 { return 0 } // ERROR "go:wasmexport: unsupported result type complex64"

//go:wasmimport m h
func h(complex128) // ERROR "go:wasmimport: unsupported parameter type complex128"

//go:wasmimport m k
func k() complex128 // ERROR "go:wasmimport: unsupported result type complex128"

func main() {}
