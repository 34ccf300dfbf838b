// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"unique"
)

func main() {
	a := unique.Make("hello")
	b := unique.Make("hel" + "lo")
	c := unique.Make("world")
	fmt.Println(a == b, a == c, a.Value(), c.Value())
	type P struct{ X, Y int }
	p := unique.Make(P{1, 2})
	fmt.Println(p == unique.Make(P{1, 2}), p.Value())
}
