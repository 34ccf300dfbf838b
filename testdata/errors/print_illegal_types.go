// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

// print and println have no format for structs and arrays: gc's backend rejects them after
// type checking, at the call's parenthesis.
package main

type S struct{ a int }

func pair() (int, S) { return 1, S{} }

func main() {
	var s S
	println(s) // ERROR "illegal types for operand: println"
	var a [2]int
	print(1, a) // ERROR "illegal types for operand: print"
	var p *S
	println(p != nil, len(a))
	println(pair()) // ERROR "illegal types for operand: println"
}
