// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	ch := make(chan bool)
	close(ch)
	println("closed once")
	close(ch)
}
