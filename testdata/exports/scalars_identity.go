// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

// Every scalar parameter and result type passes through unchanged.

//go:wasmexport id_bool
func idBool(b bool) bool { return b }

//go:wasmexport id_i32
func idI32(x int32) int32 { return x }

//go:wasmexport id_u32
func idU32(x uint32) uint32 { return x }

//go:wasmexport id_i64
func idI64(x int64) int64 { return x }

//go:wasmexport id_u64
func idU64(x uint64) uint64 { return x }

//go:wasmexport id_f32
func idF32(x float32) float32 { return x }

//go:wasmexport id_f64
func idF64(x float64) float64 { return x }

//go:wasmexport id_uintptr
func idUintptr(x uintptr) uintptr { return x }

//go:wasmexport id_ptr
func idPtr(p unsafe.Pointer) unsafe.Pointer { return p }

func main() {}
