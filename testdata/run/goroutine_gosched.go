// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "runtime"

func worker(id int, n int, done chan bool) {
	for i := 0; i < n; i++ {
		println("worker", id, "step", i)
		runtime.Gosched()
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go worker(1, 3, done)
	go worker(2, 2, done)
	<-done
	<-done
	println("all done")
}
