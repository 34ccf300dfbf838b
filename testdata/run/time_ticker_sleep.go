// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "time"

// Sleeping goroutines wake in deadline order, interleaved with a main loop that sleeps too.

func tick(name string, every time.Duration, n int, done chan string) {
	for i := 0; i < n; i++ {
		time.Sleep(every)
	}
	done <- name
}

func main() {
	done := make(chan string)
	go tick("slow", 120*time.Millisecond, 2, done)
	go tick("fast", 50*time.Millisecond, 2, done)
	println(<-done)
	println(<-done)
}
