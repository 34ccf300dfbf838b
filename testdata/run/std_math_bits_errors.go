// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println(name, r, isErr, isRuntime)
	}()
	f()
}

func main() {
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r)
	try("overflow", func() { bits.Div64(5, 0, 3) })
	try("zero", func() { bits.Div32(0, 1, 0) })
	try("rem", func() { bits.Rem(1, 2, 0) })
	fmt.Println(bits.Rem64(10, 3, 7), bits.LeadingZeros(1), bits.Reverse16(1), bits.Len8(0))
	bits.Div(3, 0, 2)
}
