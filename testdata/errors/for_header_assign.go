// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	ws := []int{1}
	for i := 0 { // ERROR "cannot use i := 0 as value"
	}
	for _, w := rangews { // ERROR "cannot use _, w := rangews as value"
		println(w)
	}
}
