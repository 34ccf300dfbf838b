// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var events = make(chan int32, 2)
var total int32

//go:wasmexport start
func start() {
	go func() {
		for ev := range events {
			total += ev
			println("handled", ev)
		}
	}()
}

//go:wasmexport push
func push(v int32) {
	events <- v
	println("pushed", v)
}

//go:wasmexport total
func getTotal() int32 { return total }

func main() {}
