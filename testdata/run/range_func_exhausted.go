// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	for x := range keep {
		println(x)
	}
	saved(2)
}
