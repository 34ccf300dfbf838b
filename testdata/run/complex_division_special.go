// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	zero := 0.0
	nums := []complex128{1 + 1i, complex(inf, 0), complex(0, inf), complex(nan, 1), 0, complex(inf, nan), complex(-inf, 2)}
	dens := []complex128{0, 1i, complex(inf, 1), complex(1, inf), complex(zero, -zero), complex(nan, nan), 3 + 4i, complex(-zero, 0), complex(1e-320, 1e-320)}
	for _, n := range nums {
		for _, d := range dens {
			fmt.Print(n/d, " ")
		}
		fmt.Println()
	}
	var a complex64 = 1 + 1i
	var b complex64
	fmt.Println(a/b, b/b, a/complex64(complex(float32(inf), 0)))
	println(nums[0]/dens[0], nums[4]/dens[0])
}
