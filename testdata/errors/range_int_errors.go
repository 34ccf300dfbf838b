// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var u uint8
	for u = range 256 { // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in range clause \(overflows\)"
	}
	for range 1e3 { // ERROR "cannot range over 1e3 \(untyped float constant 1000\)"
	}
	for i, j := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, j
	}
	var f float64 = 3
	for range f { // ERROR "cannot range over f \(variable of type float64\)"
	}
	var s string
	for s = range 3 { // ERROR "cannot use 3 \(untyped int constant\) as string value in range clause"
	}
	_, _ = u, s
}
