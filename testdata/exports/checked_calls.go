// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

// Checked calls: each line of the calls list names the result it expects after `=>`. A
// result that differs is shown with what was wanted, the run ends with a count of the checked
// calls, and a wrong result makes the exit code 1.
package main

//go:wasmexport add
func add(a, b int32) int32 { return a + b }

//go:wasmexport half
func half(x float64) float64 { return x / 2 }

//go:wasmexport even
func even(n int64) bool { return n%2 == 0 }

//go:wasmexport buggyAbs
func buggyAbs(n int32) int32 {
	if n < -1 {
		return -n
	}
	return n
}

//go:wasmexport hello
func hello() { println("hello") }

func main() {}
