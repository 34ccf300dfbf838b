// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

// ~ marks a type set's underlying types; as an operator on values gc suggests ^.
package main

func main() {
	x := ~1 // ERROR "cannot use ~ outside of interface or type constraint \(use \^ for bitwise complement\)"
	y := 2
	println(x, ~y) // ERROR "cannot use ~ outside of interface or type constraint"
}
