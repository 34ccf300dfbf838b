// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

func worker(id int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() { results <- id * 100 }()
	println("worker", id, "working")
}

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, results, &wg)
		println("result", <-results)
	}
	wg.Wait()
	println("done")
}
