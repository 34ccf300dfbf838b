// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

type A struct{ Name string }

type B struct{}

func (B) Name() string { return "b" }

type C struct {
	A
	B
}

type D struct{ C }

type E struct {
	D
	Name int
}

type I interface{ Name() string }

type F struct {
	A
	I
}

func main() {
	var c C
	_ = c.Name // ERROR "ambiguous selector c\.Name"
	_ = c.Name() // ERROR "ambiguous selector c\.Name"
	var d D
	d.Name = "x" // ERROR "ambiguous selector d\.Name"
	var e E
	e.Name = 1
	var f F
	_ = f.Name // ERROR "ambiguous selector f\.Name"
	var i I = c // ERROR "cannot use c \(variable of struct type C\) as I value in variable declaration: C does not implement I \(ambiguous selector C\.Name\)"
	_ = i
}

type G struct{ A }

func fields() {
	var j I = G{} // ERROR "cannot use G\{\} \(value of struct type G\) as I value in variable declaration: G does not implement I \(G\.Name is a field, not a method\)"
	var k I = &G{} // ERROR "cannot use &G\{\} \(value of type \*G\) as I value in variable declaration: \*G does not implement I \(\*G\.Name is a field, not a method\)"
	_, _ = j, k
}
