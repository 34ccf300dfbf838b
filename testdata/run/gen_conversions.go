// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Conv[To, From ~int8 | ~int32 | ~int64 | ~float64 | ~uint8](x From) To {
	return To(x)
}

type Small int8

func main() {
	fmt.Println(Conv[int8](int64(300)), Conv[uint8](int32(-1)), Conv[Small](float64(12.9)))
	fmt.Println(Conv[float64](int8(-128)), Conv[int64](uint8(255)))
}
