// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Under gc (the "go" schedule) an export returns when its own goroutine finishes;
// goroutines it started run while a later call blocks.

var results = make(chan int32, 10)
var started int32

//go:wasmexport spawn
func spawn(n int32) {
	started++
	go func() {
		println("worker", n, "running")
		results <- n * n
	}()
}

//go:wasmexport collect
func collect() int32 {
	v := <-results
	println("collected", v)
	return v
}

//go:wasmexport pending
func pending() int32 { return int32(len(results)) }

func main() {}
