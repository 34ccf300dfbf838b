// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type T2[P interface{ *int }] struct{ p P }
type T3[P *int,] struct{ p P }

func main() {
	x := 5
	b := T2[*int]{&x}
	c := T3[*int]{&x}
	fmt.Println(*b.p, *c.p)
}
