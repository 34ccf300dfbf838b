// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	var f32 float32 = math.MaxFloat32
	println(f32, float32(math.SmallestNonzeroFloat32))
	println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	println(math.MaxInt64, math.MinInt64, math.MaxUint8, math.MaxUint16, math.MaxUint32)
	var u uint64 = math.MaxUint64
	var ui uint = math.MaxUint
	println(u, ui)
	const c = math.Pi / 4
	println(c, math.Pi*1e10, 2*math.Pi)
}
