// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var z complex128
	f := real // ERROR "real \(built-in\) must be called"
	_ = complex // ERROR "complex \(built-in\) must be called"
	_ = real() // ERROR "invalid operation: not enough arguments for real\(\) \(expected 1, found 0\)"
	_ = imag(1, 2) // ERROR "invalid operation: too many arguments for imag\(1, 2\) \(expected 1, found 2\)"
	_ = complex(1i, 2) // ERROR "invalid operation: complex\(1i, 2\) \(mismatched types untyped complex and untyped float\)"
	_ = complex("a", "b") // ERROR "invalid argument: arguments have type untyped string, expected floating-point"
	defer complex(1, 2) // ERROR "defer discards result of complex\(1, 2\) \(untyped complex constant \(1 \+ 2i\)\)"
	go real(z) // ERROR "go discards result of real\(z\) \(value of type float64\)"
	real(z) // ERROR "real\(z\) \(value of type float64\) is not used"
	_ = f
}
