// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var requests = make(chan int32)
var replies = make(chan int32)
var served int32

//go:wasmexport start
func start() {
	go func() {
		for r := range requests {
			served++
			println("serving", r)
			replies <- r * 2
		}
	}()
}

//go:wasmexport ask
func ask(v int32) int32 {
	requests <- v
	return <-replies
}

//go:wasmexport served_count
func servedCount() int32 { return served }

func main() {}
