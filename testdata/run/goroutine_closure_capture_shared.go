// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	names := []string{"a", "bb", "ccc"}
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += len(n)
			mu.Unlock()
		}()
	}
	wg.Wait()
	println("total", total)
	counter := 0
	inc := func() { counter++ }
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			inc()
		}
		done <- true
	}()
	<-done
	println("counter", counter)
}
