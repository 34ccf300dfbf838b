// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	ch := make(chan int, 1)
	close(ch)
	ch <- 1
}
