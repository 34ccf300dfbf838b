// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	zs := []complex128{1 + 2i, complex(0.1, -0.2), complex(math.Inf(1), math.NaN()), complex(1e21, 1e-7), 0}
	for _, z := range zs {
		fmt.Println(strconv.FormatComplex(z, 'g', -1, 128), strconv.FormatComplex(z, 'f', 2, 128), strconv.FormatComplex(z, 'e', 3, 64), strconv.FormatComplex(z, 'g', -1, 64))
	}
	for _, s := range []string{"1+2i", "(1-2i)", "3i", "-i", "i", "1e3", "NaN", "+NaNi", "1+NaNi", "inf-infi", "(0x1p-2+0x1.8p1i)", "1++2i", "1+2", "1+2j", " 1+2i", "1e400+1i", "1+1e40i", "1_000+2i", "()", "", "+Inf", "1.5e-3-2.5E+2i"} {
		for _, bits := range []int{128, 64} {
			c, err := strconv.ParseComplex(s, bits)
			fmt.Println(s, bits, c, err, errors.Is(err, strconv.ErrRange))
		}
	}
	z := complex(0.1, -1e-10)
	for _, bits := range []int{128, 64} {
		back, err := strconv.ParseComplex(strconv.FormatComplex(z, 'g', -1, bits), bits)
		fmt.Println(back, err, back == z)
	}
}
