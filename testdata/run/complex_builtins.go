// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

// The spec's examples for complex, real and imag.
var a = complex(2, -2)             // complex128
const b = complex(1.0, -1.4)       // untyped complex constant 1 - 1.4i
var x float64 = real(a)            // float64
var s int = complex(1, 0)          // untyped complex constant 1 + 0i can be converted to int
var t float32 = real(complex64(a)) // float32

func main() {
	fmt.Printf("%v %T\n", a, a)
	fmt.Println(b, x, s, t)
	var f32 float32 = 1.5
	var f64 = 2.5
	c64 := complex(f32, 2)
	c128 := complex(f64, -f64)
	fmt.Printf("%v %T %v %T\n", c64, c64, c128, c128)
	fmt.Printf("%T %T %T %T\n", real(c64), imag(c64), real(c128), imag(c128))
	fmt.Println(real(c64)+imag(c64), real(c128)*imag(c128))
	type F float64
	var nf F = 3
	fmt.Printf("%T\n", complex(nf, nf))
	const k = real(3)
	const j = imag(4 + 5i)
	fmt.Println(k, j, real(1i), imag(1))
}
