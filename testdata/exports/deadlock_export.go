// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var ch = make(chan int32)

//go:wasmexport fine
func fine() int32 { return 42 }

//go:wasmexport wait
func wait() int32 { return <-ch }

func main() {}
