// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m map[string]int
		println("goroutine about to fail")
		m["x"] = 1
	}()
	wg.Wait()
	println("not reached")
}
