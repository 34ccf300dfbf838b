// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var ch chan string
	println("receiving from nil")
	println(<-ch)
}
