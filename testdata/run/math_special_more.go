// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

func main() {
	negz := math.Copysign(0, -1)
	nan, inf := math.NaN(), math.Inf(1)
	fmt.Println(math.Max(nan, 1), math.Max(negz, 0), math.Min(negz, 0), math.Max(inf, nan), math.Min(-inf, 1))
	fmt.Println(math.Mod(5, 0), math.Mod(inf, 2), math.Mod(-7, 3), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(math.Trunc(-2.7), math.Round(-0.5), math.Round(2.5), math.RoundToEven(2.5), math.RoundToEven(-3.5), math.Floor(negz), math.Ceil(-0.2))
	fmt.Println(math.Signbit(negz), math.Signbit(nan), math.IsNaN(nan), math.IsInf(-inf, -1), math.IsInf(inf, 0), math.IsInf(1, 1))
	fmt.Println(math.Float64bits(1), math.Float64bits(negz), math.Float64frombits(0x7ff0000000000000), math.Float32bits(1.5))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8, math.MinInt16)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.Phi)
	fmt.Println(math.Sqrt(2), math.Hypot(3, 4), math.Hypot(inf, nan), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Abs(negz), math.Abs(-inf), math.Dim(5, 3), math.Dim(3, 5), math.Inf(-1) < -math.MaxFloat64)
	fmt.Println(math.Log10(1000), math.Log2(8), math.Exp2(10))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), math.Ilogb(8), math.Logb(0.25))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp, math.Nextafter(1, 2), math.Nextafter(0, -1))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(-1, -1))
	fmt.Println(math.Sin(inf), math.Asin(2), math.Acos(1), math.Atan(inf), math.Sinh(1), math.Tanh(100))
	fmt.Println(int64(math.Inf(1)) == math.MinInt64 || true, uint8(math.Floor(255.9)))
}
