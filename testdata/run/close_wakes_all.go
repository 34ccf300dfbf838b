// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Closing a channel wakes every blocked receiver, in the order they blocked.

func waiter(id int, gate chan struct{}, done chan int) {
	<-gate
	done <- id
}

func main() {
	gate := make(chan struct{})
	done := make(chan int)
	for i := 1; i <= 4; i++ {
		go waiter(i, gate, done)
	}
	close(gate)
	for i := 0; i < 4; i++ {
		println("woke", <-done)
	}
	_, ok := <-gate
	println("gate open:", !ok)
}
