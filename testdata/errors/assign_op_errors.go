// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var s string
	s -= "x" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	var b bool
	b += true // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	var f float64
	f %= 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	f <<= 1 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	var i int
	println(s, b, f, i)
}
