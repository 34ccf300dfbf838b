// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Integer division by zero panics for every integer type; float division does not.

func main() {
	var zf float64
	println(1/zf, -1/zf)
	var a int8 = 7
	var z int8
	println("dividing")
	println(a / z)
	println("unreachable")
}
