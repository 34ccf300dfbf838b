// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "math"

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	negz := math.Copysign(0, -1)
	cases := [][2]float64{{2, 10}, {2, -2}, {2, 0.5}, {9, 0.5}, {9, -0.5}, {-8, 3}, {-8, 1.0 / 3}, {10, 308}, {10, 309}, {10, -320}, {1.0001, 1e6}, {0, -1}, {negz, -1}, {negz, -2}, {negz, 3}, {0, 0}, {nan, 0}, {1, nan}, {-1, inf}, {0.5, inf}, {2, -inf}, {-inf, 3}, {-inf, -3}, {inf, -1}, {3, 2.5}, {2.5, 3.5}, {-2, 64}, {7, 1e20}}
	for _, c := range cases {
		println(c[0], c[1], math.Pow(c[0], c[1]))
	}
}
