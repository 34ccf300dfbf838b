// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A map in a package variable; keys and values are scalars.

var counts = map[int32]int32{}

//go:wasmexport hit
func hit(k int32) int32 {
	counts[k]++
	return counts[k]
}

//go:wasmexport distinct
func distinct() int32 { return int32(len(counts)) }

//go:wasmexport forget
func forget(k int32) bool {
	_, ok := counts[k]
	delete(counts, k)
	return ok
}

//go:wasmexport total
func total() int64 {
	var t int64
	for _, v := range counts {
		t += int64(v)
	}
	return t
}

func main() {}
