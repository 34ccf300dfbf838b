// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"sync"
	"time"
)

func main() {
	vals := []int{30, 10, 20}
	var wg sync.WaitGroup
	out := make(chan int, len(vals))
	for _, v := range vals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(v) * time.Millisecond)
			out <- v
		}()
	}
	wg.Wait()
	close(out)
	for v := range out {
		println(v)
	}
}
