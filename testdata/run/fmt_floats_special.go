// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

func main() {
	negz := math.Copysign(0, -1)
	inf, nan := math.Inf(1), math.NaN()
	fmt.Println(negz, -negz, inf, -inf, nan, float32(negz))
	fmt.Printf("%v %f %.2e %g %G\n", negz, negz, negz, negz, negz)
	fmt.Printf("%v %f %e %g %5.1f|%-6v|%06f|%+v|% v\n", inf, inf, inf, inf, inf, inf, inf, inf, inf)
	fmt.Printf("%v %f %e %g %5.1f|%-6v|%06f|%+v|% v\n", nan, nan, nan, nan, nan, nan, nan, nan, nan)
	fmt.Printf("%v %+.3f %08.3f %x\n", -inf, -inf, -inf, -inf)
	fmt.Printf("%.3g %.10g %g %g %g\n", 1234567.0, 1.0/3, 1e20, 1e21, 1e-4)
	fmt.Printf("%g %g %g %v\n", 1e-5, 100000.0, 123456789.0, float32(1e-5))
	fmt.Printf("%e %E %.0e %.1e\n", 0.0, 123.456, 5.5, 9.96)
	fmt.Printf("%v %v %v\n", math.MaxFloat64, math.SmallestNonzeroFloat64, -math.MaxFloat32)
	fmt.Printf("%v %v\n", float32(math.MaxFloat32), float32(16777217))
	fmt.Printf("%.20f %.17g\n", 0.1, 0.1)
	fmt.Printf("%6.3v|%-8.2v|%.1v\n", math.Pi, math.E, 25.0)
	fmt.Printf("%b\n", 1.0)
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), 1/negz, math.Exp(1000))
	fmt.Println(nan == nan, inf > math.MaxFloat64, negz == 0, math.Signbit(negz))
	fmt.Println(float32(0.1), float64(float32(0.1)), 0.1+0.2, 1e100)
	fmt.Printf("%5.2f%%|%-8.3e|%+g\n", 12.345, 0.000123, 0.5)
	fmt.Printf("%T %T\n", negz, float32(1))
}
