// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var m map[int32]int32

//go:wasmexport read
func read(k int32) int32 { return m[k] }

//go:wasmexport write
func write(k, v int32) { m[k] = v }

func main() {}
