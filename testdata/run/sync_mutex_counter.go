// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"runtime"
	"sync"
)

// Goroutines yield inside the critical section; the mutex keeps the count exact.

var counter int

func add(mu *sync.Mutex, n int, wg *sync.WaitGroup) {
	for i := 0; i < n; i++ {
		mu.Lock()
		v := counter
		runtime.Gosched()
		counter = v + 1
		mu.Unlock()
	}
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go add(&mu, 25, &wg)
	}
	wg.Wait()
	println("counter", counter)
}
