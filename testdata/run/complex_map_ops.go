// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
	m := map[complex64]int{}
	for i := 0; i < 100; i++ {
		m[complex(float32(i%7), float32(i%3))]++
	}
	delete(m, 0)
	delete(m, complex(1, 1))
	fmt.Println(len(m), m[complex(2, 2)], m[6+2i])
	n := map[complex128][]int{}
	for i := 0; i < 50; i++ {
		n[complex(float64(i%5), -float64(i%2))] = append(n[complex(float64(i%5), -float64(i%2))], i)
	}
	delete(n, 4-1i)
	fmt.Println(len(n), n[3], n[2-1i])
}
