// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

//go:noinline
func ops128(a, b complex128) {
	fmt.Println(a+b, a-b, a*b, a/b, -a, +b)
}

//go:noinline
func ops64(a, b complex64) {
	fmt.Println(a+b, a-b, a*b, a/b, -a, +b)
}

func main() {
	ops128(1+2i, 3-4i)
	ops128(0.1+0.2i, 0.3+0.7i)
	ops128(1e200+1e200i, 1e-200+1e200i)
	ops64(1+2i, 3-4i)
	ops64(0.1+0.2i, 0.3+0.7i)
	ops64(1e30+1e30i, 3e10-1e-10i)
	var z complex128 = 1i
	z *= z
	z += 2
	z -= 0.5i
	z /= 2
	fmt.Println(z)
	z++
	z--
	z--
	fmt.Println(z)
	var w complex64 = 3 + 3i
	for i := 0; i < 5; i++ {
		w = w*w/(w+1) - 1i
	}
	fmt.Println(w)
	acc := complex(1.0, 0)
	for k := 1; k <= 10; k++ {
		acc *= complex(0.9, 0.1*float64(k))
	}
	fmt.Println(acc, real(acc), imag(acc))
}
