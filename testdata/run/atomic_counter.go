// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var hits int32
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(int64(i))
			atomic.AddInt32(&hits, 1)
		}()
	}
	wg.Wait()
	println(n.Load(), atomic.LoadInt32(&hits))
	var flag atomic.Bool
	println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
}
