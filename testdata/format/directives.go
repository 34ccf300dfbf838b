package main

// add returns the sum.
//go:wasmexport add
func add(a, b int32) int32 { return a + b }

//go:wasmimport env log
func log(x int32)

// sub subtracts.
//
// It is exported.
//go:wasmexport sub
func sub(a, b int32) int32 {
	return a - b
}

//go:noinline
func helper() {}

func main() {}
