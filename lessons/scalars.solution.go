package main

//go:wasmexport add
func add(a, b int32) int32 {
	return a + b
}

//go:wasmexport mul_wide
func mulWide(a, b int32) int64 {
	return int64(a) * int64(b)
}

//go:wasmexport is_even
func isEven(n int32) bool {
	return n%2 == 0
}

// lesson:readonly
// A reactor's main never runs: the host calls the exports.
func main() {}

// lesson:end
