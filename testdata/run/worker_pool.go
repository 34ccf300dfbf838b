// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * j
			}
		}()
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum, count := 0, 0
	for r := range results {
		sum += r
		count++
	}
	println(count, sum)
}
