// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

var mu sync.Mutex
var count int32
var wg sync.WaitGroup

//go:wasmexport add_many
func addMany(n int32) {
	for i := int32(0); i < n; i++ {
		wg.Add(1)
		go func() {
			mu.Lock()
			count++
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
}

//go:wasmexport spawn_lazy
func spawnLazy(n int32) {
	for i := int32(0); i < n; i++ {
		go func() {
			mu.Lock()
			count += 100
			mu.Unlock()
		}()
	}
}

//go:wasmexport count
func getCount() int32 { return count }

func main() {}
