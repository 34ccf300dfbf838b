// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

var last complex128

// escape counts the iterations before z = z² + c leaves the radius-2 disc.
func escape(c complex128, limit int) int {
	z := complex(0, 0)
	for i := 0; i < limit; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return limit
}

//go:wasmexport mandel
func mandel(re, im float64, limit int32) int32 {
	last = complex(re, im)
	return int32(escape(last, int(limit)))
}

//go:wasmexport row
func row(im float64, width int32) {
	line := make([]byte, width)
	for x := range line {
		c := complex(-2+2.5*float64(x)/float64(width), im)
		if escape(c, 50) == 50 {
			line[x] = '#'
		} else {
			line[x] = '.'
		}
	}
	fmt.Println(string(line))
}

//go:wasmexport lastPoint
func lastPoint() float64 {
	fmt.Printf("last: %v %.3f\n", last, complex64(last))
	return real(last)*imag(last)
}

func main() {}
