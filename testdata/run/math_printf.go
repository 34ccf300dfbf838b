// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.20f\n%.15e\n%g\n%v\n", math.Pi, math.E, math.Sqrt2, math.Ln10)
	for _, x := range []float64{0.1, 0.5, 1, 2, 10, 100, 1e10} {
		fmt.Printf("%8.4f %10.4e %12.6g %v\n", math.Log(x), math.Exp(x/10), math.Sqrt(x), math.Pow(x, 1.5))
	}
	fmt.Printf("%.2f %.2f %.2f %.2f\n", 2.675, 1.005, -0.125, 0.375)
	fmt.Printf("%.3g %.3g %.3g %.3g\n", 0.0001234, 1234.0, 99999.0, 0.99999)
	fmt.Printf("%e %e %e\n", math.MaxFloat64, math.SmallestNonzeroFloat64, 1.0)
	fmt.Printf("%f\n", 1e20)
	fmt.Printf("%.0f %.0f\n", 1e23, math.MaxFloat64/1e300)
	fmt.Printf("%v %v\n", math.Floor(-0.5), math.Ceil(-0.5))
	fmt.Printf("%5.1f%%\n", 100*2.0/3)
}
