// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

const (
	One = complex(1, 0)
	I   = 1i
)

func classify(z complex128) string {
	switch z {
	case 0:
		return "zero"
	case One, -One:
		return "±one"
	case I, -I:
		return "±i"
	case 1 + 1i:
		return "diagonal"
	}
	switch {
	case real(z) == 0:
		return "imaginary"
	case imag(z) == 0:
		return "real"
	}
	return "other"
}

func classify64(z complex64) string {
	switch z {
	case 1i:
		return "i"
	case 0.1:
		return "tenth"
	default:
		return "?"
	}
}

func main() {
	for _, z := range []complex128{0, 1, -1, 1i, -1i, 1 + 1i, 2i, 3, 3 + 4i} {
		fmt.Println(z, classify(z))
	}
	fmt.Println(classify64(1i), classify64(0.1), classify64(complex(0.1, 0)), classify64(5))
}
