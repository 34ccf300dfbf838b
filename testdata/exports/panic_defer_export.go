// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"sync"
	"time"
)

// Deferred calls that block while an export's goroutine panics: the call suspends
// mid-panic, other goroutines run, then it recovers (or dies) as under gc.

var inbox = make(chan string)
var mu sync.Mutex
var calls int32

//go:wasmexport guarded
func guarded(n int32) (r int32) {
	defer func() {
		if e := recover(); e != nil {
			msg := <-inbox
			println("guarded recovered:", e.(string), "then got", msg)
			r = -n
		}
	}()
	go func() {
		println("helper sends")
		inbox <- "hello"
	}()
	if n > 2 {
		panic("too big")
	}
	println("guarded fine", n)
	<-inbox
	return n * 10
}

//go:wasmexport locked
func locked(n int32) int32 {
	mu.Lock()
	defer mu.Unlock()
	calls++
	return safeDiv(100, n) + calls
}

// safeDiv cannot block: the export calls it directly, without a goroutine.
//
//go:wasmexport safe_div
func safeDiv(a, b int32) (q int32) {
	defer func() {
		if recover() != nil {
			println("safeDiv: division by zero recovered")
			q = -1
		}
	}()
	return a / b
}

//go:wasmexport doomed
func doomed() int32 {
	defer println("doomed: last deferred call")
	defer func() {
		time.Sleep(time.Millisecond)
		mu.Lock()
		println("doomed: locked while panicking")
		mu.Unlock()
	}()
	var p *struct{ x int32 }
	return p.x
}

func main() {}
