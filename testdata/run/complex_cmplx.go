// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	zs := []complex128{0, 1, 1i, -1, 1 + 1i, -2.5 + 3.75i, 1e10 + 1e-10i, complex(math.Inf(1), 1), complex(math.NaN(), 0), 3 - 4i, 1e300 + 1e300i, complex(0, -1e-300)}
	for _, z := range zs {
		fmt.Println(z, cmplx.Abs(z), cmplx.Phase(z), cmplx.Conj(z), cmplx.IsInf(z), cmplx.IsNaN(z))
		fmt.Println(" ", cmplx.Sqrt(z), cmplx.Exp(z), cmplx.Log(z), cmplx.Log10(z))
		fmt.Println(" ", cmplx.Sin(z), cmplx.Cos(z), cmplx.Tan(z), cmplx.Cot(z))
		fmt.Println(" ", cmplx.Sinh(z), cmplx.Cosh(z), cmplx.Tanh(z))
		fmt.Println(" ", cmplx.Asin(z), cmplx.Acos(z), cmplx.Atan(z))
		fmt.Println(" ", cmplx.Asinh(z), cmplx.Acosh(z), cmplx.Atanh(z))
		r, th := cmplx.Polar(z)
		fmt.Println(" ", r, th, cmplx.Rect(r, th), cmplx.Pow(z, 2.5-1i), cmplx.Pow(z, 0))
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.Exp(1i*math.Pi)+1)
	fmt.Println(cmplx.Tan(1e20+1i), cmplx.Sin(1e300))
	fmt.Printf("%.4f\n", cmplx.Pow(2i, 0.5))
	for _, x := range []float64{0, 1e-30, 1e-9, 0.3, -0.7, 0.99, 1, -1, 2.5, 1e10, 1e300, math.Inf(-1), math.NaN()} {
		s, c := math.Sincos(x)
		fmt.Println(x, math.Log1p(x), math.Asinh(x), math.Atanh(x), s, c)
	}
}
