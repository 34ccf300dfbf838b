// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "time"

var ticks int32

//go:wasmexport start_ticker
func startTicker() {
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Millisecond)
			ticks++
			println("tick", ticks)
		}
	}()
}

//go:wasmexport wait_ticks
func waitTicks() int32 {
	time.Sleep(50 * time.Millisecond)
	return ticks
}

func main() {}
