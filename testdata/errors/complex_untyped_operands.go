// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var x int8
	var n int
	var f float64
	var c complex64
	_ = x + 1000 // ERROR "1000 \(untyped int constant\) overflows int8"
	_ = n + 1i // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) truncated to int"
	_ = f + 1i // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) overflows float64"
	_ = f == 1i // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) overflows float64"
	_ = c + 1e40 // ERROR "1e40 \(untyped float constant 1e\+40\) overflows complex64"
	_ = n + 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to int"
	switch f {
	case 1i: // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) overflows float64"
	}
}
