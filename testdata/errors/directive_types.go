// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Parameter and result types that go:wasmexport and go:wasmimport reject.

type Pair struct{ a, b int32 }
type Celsius float64
type Small uint16

//go:wasmexport ok_named
func okNamed(c Celsius) Celsius { return c }

//go:wasmexport bad_int
func badInt(x int) {} // ERROR "go:wasmexport: unsupported parameter type int"

//go:wasmexport bad_uint
func badUint(x uint) {} // ERROR "go:wasmexport: unsupported parameter type uint"

//go:wasmexport bad_int16
func badInt16(x int16) {} // ERROR "go:wasmexport: unsupported parameter type int16"

//go:wasmexport bad_small
func badSmall(x Small) {} // ERROR "go:wasmexport: unsupported parameter type Small"

//go:wasmexport bad_struct
func badStruct(p Pair) {} // ERROR "go:wasmexport: unsupported parameter type Pair"

//go:wasmexport bad_int_result
func badIntResult() int { return 0 } // ERROR "go:wasmexport: unsupported result type int"

//go:wasmexport bad_two_results
func badTwo() (int32, int32) { return 1, 2 } // ERROR "go:wasmexport: too many return values"

//go:wasmimport host bad_import
func badImport(x int8) // ERROR "go:wasmimport: unsupported parameter type int8"

func main() {}
