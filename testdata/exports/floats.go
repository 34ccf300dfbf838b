// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Float parameters and results, including NaN, infinities and float32 rounding.

//go:wasmexport div_f64
func divF64(a, b float64) float64 { return a / b }

//go:wasmexport div_f32
func divF32(a, b float32) float32 { return a / b }

//go:wasmexport widen
func widen(x float32) float64 { return float64(x) }

//go:wasmexport narrow
func narrow(x float64) float32 { return float32(x) }

//go:wasmexport is_nan
func isNaN(x float64) bool { return x != x }

//go:wasmexport trunc
func trunc(x float64) int64 { return int64(x) }

//go:wasmexport from_int
func fromInt(x int64) float64 { return float64(x) }

//go:wasmexport from_u64
func fromU64(x uint64) float32 { return float32(x) }

func main() {}
