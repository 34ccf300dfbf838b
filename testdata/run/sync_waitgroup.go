// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	results := make([]int, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	println("total", total)
	for _, r := range results {
		print(r, " ")
	}
	println()
	var wg2 sync.WaitGroup
	counter := 0
	for range 100 {
		wg2.Go(func() {
			mu.Lock()
			counter++
			mu.Unlock()
		})
	}
	wg2.Wait()
	println("counter", counter)
}
