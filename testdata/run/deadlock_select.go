// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	a := make(chan int)
	b := make(chan string)
	println("selecting")
	select {
	case <-a:
	case <-b:
	}
}
