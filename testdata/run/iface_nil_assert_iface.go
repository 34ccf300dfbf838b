// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	println(s.(interface{ Area() float64 }) == nil)
}
