// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Iterators inside exported functions: a body that blocks on a goroutine's answer,
// early returns and deferred calls in the body.

import "time"

func upTo(n int32) func(func(int32) bool) {
	return func(yield func(int32) bool) {
		defer println("upTo done", n)
		for i := int32(1); i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

//go:wasmexport sum
func sum(n int32) int32 {
	s := int32(0)
	for i := range upTo(n) {
		s += i
	}
	return s
}

//go:wasmexport firstMultiple
func firstMultiple(n, k int32) int32 {
	for i := range upTo(n) {
		defer println("checked", i)
		if i%k == 0 {
			return i
		}
	}
	return -1
}

//go:wasmexport doubled
func doubled(n int32) int32 {
	ch := make(chan int32)
	go func() {
		for v := range ch {
			time.Sleep(time.Millisecond)
			ch <- v * 2
		}
	}()
	s := int32(0)
	for i := range upTo(n) {
		ch <- i
		s += <-ch
	}
	close(ch)
	return s
}

func main() {}
