// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func div(a, b int) int { return a / b }

func main() {
	println("before")
	println(div(10, 0))
	println("after")
}
