// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

//go:wasmimport host log_i32
func logI32(v int32) { // ERROR "can only use //go:wasmimport with external func implementations"
	println(v)
}

//go:wasmimport host log_f64
func logF64(v float64)

//go:wasmexport run
func run() {
	logI32(1)
	logF64(2)
}

func main() {}
