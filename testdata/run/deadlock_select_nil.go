// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var a, b chan int
	println("selecting on nil channels")
	select {
	case <-a:
	case b <- 1:
	}
}
