// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Wrapping arithmetic across the export boundary.

//go:wasmexport add_i32
func addI32(a, b int32) int32 { return a + b }

//go:wasmexport mul_i32
func mulI32(a, b int32) int32 { return a * b }

//go:wasmexport sub_u32
func subU32(a, b uint32) uint32 { return a - b }

//go:wasmexport mul_u64
func mulU64(a, b uint64) uint64 { return a * b }

//go:wasmexport neg_i64
func negI64(a int64) int64 { return -a }

//go:wasmexport narrow
func narrow(x int64) int32 { return int32(int8(x)) }

//go:wasmexport widen
func widen(x uint32) int64 { return int64(int32(x)) }

//go:wasmexport to_u64
func toU64(x int32) uint64 { return uint64(x) }

func main() {}
