// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Code int

func cleanup(name string) {
	println("cleanup", name)
}

func inner() {
	defer cleanup("inner")
	defer func() {
		var xs []int
		_ = xs[2]
	}()
	panic(Code(7))
}

func main() {
	defer cleanup("main")
	defer func() {
		println("main's closure runs")
	}()
	inner()
}
