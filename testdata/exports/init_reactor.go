// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// In a reactor, _initialize runs package initialization (variables, then init
// functions) but not main.

var base = compute()
var ready bool

func compute() int32 {
	println("initializing base")
	return 40
}

func init() {
	println("init 1, base =", base)
	base++
}

func init() {
	println("init 2, base =", base)
	base++
	ready = true
}

//go:wasmexport base_value
func baseValue() int32 { return base }

//go:wasmexport is_ready
func isReady() bool { return ready }

func main() {
	println("main must not run")
}
