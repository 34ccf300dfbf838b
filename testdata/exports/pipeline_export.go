// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var in = make(chan int32)
var out = make(chan int32)

//go:wasmexport start
func start() {
	mid := make(chan int32)
	go func() {
		for v := range in {
			mid <- v + 1
		}
	}()
	go func() {
		for v := range mid {
			println("stage2", v)
			out <- v * 10
		}
	}()
}

//go:wasmexport feed
func feed(v int32) int32 {
	in <- v
	return <-out
}

//go:wasmexport feed_async
func feedAsync(v int32) {
	go func() { in <- v }()
}

//go:wasmexport drain
func drain() int32 { return <-out }

func main() {}
