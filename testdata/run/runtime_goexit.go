// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "runtime"

func worker(done chan<- string) {
	defer func() { done <- "deferred ran" }()
	defer println("recover in Goexit:", recover() == nil)
	func() {
		runtime.Goexit()
	}()
	println("not reached")
}

func main() {
	done := make(chan string)
	go worker(done)
	println(<-done)
	go func() {
		defer func() {
			println("deferred after Goexit")
			done <- "x"
		}()
		runtime.Goexit()
	}()
	println(<-done)
}
