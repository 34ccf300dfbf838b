// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "runtime"

func main() {
	r := new([16]int)
	runtime.SetFinalizer(r, func(*[16]int) { println("finalizer") })
	runtime.SetFinalizer(r, nil)
	r = nil
	runtime.GC()
	runtime.GC()
	println("end")
}
