// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

func tree(depth int, wg *sync.WaitGroup, count *int, mu *sync.Mutex) {
	defer wg.Done()
	mu.Lock()
	*count++
	mu.Unlock()
	if depth == 0 {
		return
	}
	wg.Add(2)
	go tree(depth-1, wg, count, mu)
	go tree(depth-1, wg, count, mu)
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	wg.Add(1)
	go tree(6, &wg, &count, &mu)
	wg.Wait()
	println("nodes", count)
}
