// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	m := map[complex128]int{}
	m[0] = 1
	m[complex(negz, 0)] = 2
	m[complex(0, negz)] = 3
	m[complex(negz, negz)] = 4
	fmt.Println(len(m), m[0])
	m[complex(nan, 0)] = 5
	m[complex(nan, 0)] = 6
	m[complex(0, nan)] = 7
	fmt.Println(len(m), m[complex(nan, 0)])
	m[1+1i] = 8
	m[1+1i]++
	v, ok := m[1+1i]
	fmt.Println(v, ok)
	delete(m, 1+1i)
	_, ok = m[1+1i]
	fmt.Println(ok, len(m))
	m32 := map[complex64]string{1i: "i", -1i: "-i", 1: "one"}
	fmt.Println(m32, m32[1i], m32[complex64(complex(0, negz-1))])
	sum := 0
	for k, v := range map[complex128]int{1: 1, 2i: 2, 3 + 3i: 3} {
		if real(k)+imag(k) > 0 {
			sum += v
		}
	}
	fmt.Println(sum)
	type key struct {
		z complex64
		s string
	}
	mk := map[key]int{{1i, "a"}: 1}
	mk[key{1i, "a"}] += 10
	mk[key{complex(float32(negz), 1), "a"}] += 100
	fmt.Println(mk)
	var anyk = map[any]int{1i: 1, complex64(1i): 2}
	anyk[complex128(1i)] += 5
	fmt.Println(len(anyk), anyk[1i], anyk[complex64(1i)])
}
