// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	ch := make(chan int)
	println("sending")
	ch <- 1
	println("unreachable")
}
