// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type T struct{ v int }

func main() {
	x := 5
	var p *int = x // ERROR "cannot use x \(variable of type int\) as \*int value in variable declaration"
	var q *T = &x // ERROR "cannot use &x \(value of type \*int\) as \*T value in variable declaration"
	println(*x) // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	r := &5 // ERROR "invalid operation: cannot take address of 5 \(untyped int constant\)"
	var i int = p // ERROR "cannot use p \(variable of type \*int\) as int value in variable declaration"
	println(p.v, q, r, i) // ERROR "p\.v undefined \(type \*int has no field or method v\)"
}
