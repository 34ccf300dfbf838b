// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func seq(yield func(int) bool) {}

func pairs(yield func(int, string) bool) {}

func main() {
	for a, b := range seq { // ERROR "range over seq \(value of type func\(.*\) bool\)\) permits only one iteration variable"
		_, _ = a, b
	}
	for a, b := range pairs {
		_, _ = a, b
	}
	for x := range 3.0 { // ERROR "cannot range over 3.0 \(untyped float constant 3\)"
		_ = x
	}
}
