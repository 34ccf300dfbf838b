// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var f func(int) int
	println("calling nil func")
	println(f(1))
}
