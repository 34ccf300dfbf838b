// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type C64 complex64
type C128 complex128

func main() {
	z := complex(1.0/3, 2.0/3)
	c := complex64(z)
	back := complex128(c)
	fmt.Println(z, c, back, z == back)
	fmt.Println(C64(z), C128(c), complex128(C64(z)) == back)
	const k = 1 << 62
	fmt.Println(complex64(k), complex128(k), complex64(1e38+1e38i))
	var big complex128 = 1e300 + 1e300i
	fmt.Println(complex64(big), complex64(-big))
	const r = 5 + 0i
	var i int = r
	var u uint8 = r
	var f float32 = r
	fmt.Println(i, u, f, int64(r), float64(r))
	fmt.Printf("%T %T\n", C64(1), C128(C64(2i)))
	var n C128 = 2i
	fmt.Println(n*n, real(n), imag(n))
}
