// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// No function of h's signature may panic, so the call through the func value needs no
// check of its own; its argument panics, and h must not run.
var h = func(x int) { println("h", x) }

func g() int { panic("boom") }

func main() {
	defer func() {
		println("recovered:", recover().(string))
	}()
	h(g())
}
