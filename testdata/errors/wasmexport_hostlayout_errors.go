// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "structs"

// Pointer parameters need a struct with structs.HostLayout (or a scalar element type).

type Plain struct{ a, b int32 }

type Host struct {
	_    structs.HostLayout
	A, B int32
}

//go:wasmexport plain_ptr
func plainPtr(p *Plain) int32 { return p.a } // ERROR "go:wasmexport: unsupported parameter type \*Plain"

//go:wasmexport host_ptr
func hostPtr(p *Host) int32 { return p.A }

//go:wasmexport string_result
func stringResult() string { return "x" } // ERROR "go:wasmexport: unsupported result type string"

//go:wasmexport slice_param
func sliceParam(s []byte) {} // ERROR "go:wasmexport: unsupported parameter type \[\]byte"

//go:wasmexport map_param
func mapParam(m map[int32]int32) {} // ERROR "go:wasmexport: unsupported parameter type map\[int32\]int32"

//go:wasmexport chan_param
func chanParam(c chan int32) {} // ERROR "go:wasmexport: unsupported parameter type chan int32"

//go:wasmexport string_param
func stringParam(s string) int32 { return int32(len(s)) }

func main() {}
