// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func eq(a, b complex128) (bool, bool) { return a == b, a != b }

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	fmt.Println(eq(1+2i, 1+2i))
	fmt.Println(eq(1+2i, 1-2i))
	fmt.Println(eq(complex(nan, 0), complex(nan, 0)))
	fmt.Println(eq(complex(negz, negz), 0))
	var c64 complex64 = 0.1
	fmt.Println(complex128(c64) == 0.1, c64 == 0.1, real(c64) == 0.1)
	z := complex(nan, 1)
	fmt.Println(z == z, z != z)
	type pair struct{ a, b complex64 }
	p, q := pair{1, 2i}, pair{1, 2i}
	fmt.Println(p == q, [2]complex128{1, 2} == [2]complex128{1, 2}, [2]complex128{1, 2} != [2]complex128{1, 3})
	r := pair{complex(float32(nan), 0), 0}
	fmt.Println(r == r)
	var x, y any = 1 + 1i, complex64(1 + 1i)
	fmt.Println(x == y, x == 1+1i, y == complex64(1+1i), x == any(complex(nan, 0)))
}
