// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	zs := []complex128{1 + 2i, complex(0.1, -0.2), complex(math.Inf(1), math.NaN()), complex(1e21, 1e-7), 0}
	for _, z := range zs {
		fmt.Println(strconv.FormatComplex(z, 'g', -1, 128), strconv.FormatComplex(z, 'f', 2, 128), strconv.FormatComplex(z, 'e', 3, 64), strconv.FormatComplex(z, 'g', -1, 64))
	}
}
