// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for round := 1; round <= 3; round++ {
		for i := 0; i < 3; i++ {
			wg.Add(1)
			go func() {
				results <- round * 10
				wg.Done()
			}()
		}
		wg.Wait()
		sum := 0
		for i := 0; i < 3; i++ {
			sum += <-results
		}
		println("round", round, "sum", sum)
	}
}
