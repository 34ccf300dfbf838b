// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

// WaitGroup inside an export: the export blocks until its goroutines finish.

var total int64
var mu sync.Mutex

//go:wasmexport parallel_sum
func parallelSum(n int32) int64 {
	var wg sync.WaitGroup
	var local int64
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			local += int64(i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	total += local
	return local
}

//go:wasmexport grand_total
func grandTotal() int64 { return total }

func main() {}
