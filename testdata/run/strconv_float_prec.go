// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strconv"

func main() {
	for _, v := range []float64{1234.5678, 0.00012345, 1e100, 99.995, 0.5, 1.5, 2.5, -0.05} {
		for _, p := range []int{0, 1, 4, 10} {
			print(strconv.FormatFloat(v, 'e', p, 64), " ", strconv.FormatFloat(v, 'f', p, 64), " ", strconv.FormatFloat(v, 'g', p, 64), " | ")
		}
		println()
	}
	println(strconv.FormatFloat(1e23, 'g', -1, 64), strconv.FormatFloat(5e-324, 'e', -1, 64), strconv.FormatFloat(123456, 'g', -1, 64), strconv.FormatFloat(1234567, 'g', -1, 64), strconv.FormatFloat(0.0001, 'g', -1, 64), strconv.FormatFloat(0.00001, 'g', -1, 64))
	println(strconv.FormatFloat(float64(float32(3.14)), 'g', -1, 32), strconv.FormatFloat(float64(float32(3.14)), 'g', -1, 64), strconv.FormatFloat(1e38, 'e', -1, 32))
}
