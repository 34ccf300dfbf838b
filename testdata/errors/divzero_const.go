// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const zero = 0

func main() {
	x := 10
	println(x / 0) // ERROR "invalid operation: division by zero"
	println(x % zero) // ERROR "invalid operation: division by zero"
	println(1 / zero) // ERROR "invalid operation: division by zero"
	var f float64 = 1
	println(f / 0)
	println(1.0 / 0.0) // ERROR "invalid operation: division by zero"
	var y int = 5
	y /= 0 // ERROR "invalid operation: division by zero"
	y %= 0 // ERROR "invalid operation: division by zero"
}
