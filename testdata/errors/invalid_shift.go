// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var f float64 = 1
	var i int = 1
	var s float64 = 2
	println(f << 2) // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	println(i << s) // ERROR "invalid operation: shift count s \(variable of type float64\) must be integer"
	println(1 << -1) // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	println(i >> -3) // ERROR "invalid operation: negative shift count -3 \(untyped int constant\)"
	const c = 1.5 << 2 // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	println(c)
	var b bool
	println(b << 1) // ERROR "invalid operation: shifted operand b \(variable of type bool\) must be integer"
}
