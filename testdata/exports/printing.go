// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// println output of an export appears before its call line.

//go:wasmexport greet
func greet(n int32) {
	for i := range n {
		println("hello", i)
	}
}

//go:wasmexport mixed
func mixed(a int64, b float64, c bool) float32 {
	print("a=", a, " b=", b, " c=", c, "\n")
	return float32(b) * 2
}

//go:wasmexport quiet
func quiet() int32 { return 7 }

func main() {
	println("main does not run in a reactor")
}
