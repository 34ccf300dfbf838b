// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	negz := math.Copysign(0, -1)
	println(math.IsNaN(nan), math.IsNaN(inf), math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(-inf, 0), math.IsInf(nan, 0))
	println(math.Signbit(negz), math.Signbit(0), math.Signbit(-1), math.Signbit(nan), math.Copysign(3, -1), math.Copysign(-3, 1))
	println(math.Max(1, 2), math.Max(nan, 1), math.Max(inf, nan), math.Max(negz, 0), math.Max(0, negz))
	println(math.Min(1, 2), math.Min(nan, 1), math.Min(-inf, nan), math.Min(negz, 0), math.Min(0, negz))
	println(math.Dim(5, 3), math.Dim(3, 5), nan == nan, inf > math.MaxFloat64, -inf < -math.MaxFloat64)
	println(math.Float64bits(1), math.Float64bits(negz), math.Float64frombits(0x4009_21fb_5444_2d18), math.Float32bits(1), math.Float32frombits(0x7f80_0000))
	println(math.Sqrt(-1), math.Sqrt(negz), math.Sqrt(inf), math.Sqrt(2), math.Sqrt(1e-320))
}
