// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// The ERROR comments on the directive lines are extra words of the directive itself:
// gc reports the usage error for a wrong word count either way.

//go:wasmimport host // ERROR "usage: //go:wasmimport importmodule importname"
func oneArg(v int32)

//go:wasmimport host a b // ERROR "usage: //go:wasmimport importmodule importname"
func threeArgs()

//go:wasmexport x y // ERROR "usage: //go:wasmexport exportname"
func twoNames() {}

//go:wasmimport host ok
func okImport(v int32)

//go:wasmexport ok
func okExport() { okImport(1) }

func main() {}
