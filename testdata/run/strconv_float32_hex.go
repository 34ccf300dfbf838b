// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, f := range []float64{1, -2.5, 0.1, 1e-40, math.MaxFloat32, 3.4e38, 16777217, 0} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'e', -1, 32), strconv.FormatFloat(f, 'x', -1, 32), strconv.FormatFloat(f, 'x', 2, 64), strconv.FormatFloat(f, 'X', -1, 64), strconv.FormatFloat(f, 'b', -1, 32))
	}
	for _, s := range []string{"0x1p-2", "0x1.fffffep127", "0X1P+0", "-0x.8p1", "0x1p", "0x1.8", "1e-46", "3.4028236e38"} {
		f64, err64 := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f64, err64, f32, err32)
	}
	fmt.Printf("%x %X %.1x %#.0x %10.2x|%-12x|\n", 1.0, 255.5, 3.0, 1.5, -0.375, math.Inf(1))
	fmt.Printf("%x %x %x\n", float32(1)/3, math.SmallestNonzeroFloat64, math.MaxFloat64)
	fmt.Printf("%b %b\n", 0.5, float32(3))
}
