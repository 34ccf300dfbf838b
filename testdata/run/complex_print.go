// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	var z complex128 = 1 + 2i
	var c complex64 = 1.5 - 0.25i
	println(z, c)
	print(z, c, "\n")
	println(complex(math.Inf(1), math.Inf(-1)), complex(math.NaN(), math.NaN()))
	println(complex(math.Copysign(0, -1), math.Copysign(0, -1)), complex(0, 0))
	println(complex(1e300, 1e-300), complex(float32(1e38), float32(1e-38)))
	println(complex(0.1, 0.2), complex(float32(0.1), float32(0.2)))
	println(1i, 2+0i, z*z)
	var e any = z
	println(e == any(1+2i))
}
