// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var arena [1 << 12]byte
var used uintptr

// The program's own allocator (offsets into its arena): the module's allocator for string
// arguments takes another name.
//
//go:wasmexport malloc
func malloc(size uint32) uint32 {
	off := used
	used += uintptr(size+7) &^ 7
	return uint32(off)
}

//go:wasmexport greet
func greet(name string) int32 {
	println("hello,", name)
	return int32(len(name))
}

//go:wasmexport used_bytes
func usedBytes() uint32 {
	return uint32(used)
}

func main() {}
