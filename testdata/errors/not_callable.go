// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const k = 5

var v int32 = 7

func main() {
	k() // ERROR "invalid operation: cannot call k \(untyped int constant 5\): untyped int is not a function"
	v(1) // ERROR "invalid operation: cannot call v \(variable of type int32\): int32 is not a function"
	x := 2.5
	x() // ERROR "invalid operation: cannot call x \(variable of type float64\): float64 is not a function"
	println(k, v, x)
	main(1) // ERROR "too many arguments in call to main"
	println(k.x) // ERROR "k\.x undefined \(type untyped int has no field or method x\)"
}
