// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type A struct{ X int }
type B struct{ X int }

type C struct {
	A
	B
}

type D struct {
	*A
	A // ERROR "A redeclared"
}

func main() {
	var c C
	println(c.X) // ERROR "ambiguous selector c\.X"
	var d D
	println(d)
}
