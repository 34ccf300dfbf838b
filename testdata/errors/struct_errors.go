// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Point struct {
	X, Y int
}

type Dup struct {
	A int
	A string // ERROR "A redeclared"
}

func main() {
	p := Point{1, 2, 3} // ERROR "too many values in struct literal of type Point"
	q := Point{Z: 1} // ERROR "unknown field Z in struct literal of type Point"
	r := Point{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	println(p.Z) // ERROR "p\.Z undefined \(type Point has no field or method Z\)"
	var s Point = Point{"a", 2} // ERROR "cannot use \x22a\x22 \(untyped string constant\) as int value in struct literal"
	println(q, r, s)
}
