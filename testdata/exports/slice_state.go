// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A slice kept in a package variable grows across calls.

var values []int64

//go:wasmexport push
func push(v int64) int32 {
	values = append(values, v)
	return int32(len(values))
}

//go:wasmexport sum
func sum() int64 {
	var s int64
	for _, v := range values {
		s += v
	}
	return s
}

//go:wasmexport at
func at(i int32) int64 { return values[i] }

//go:wasmexport capacity
func capacity() int32 { return int32(cap(values)) }

func main() {}
