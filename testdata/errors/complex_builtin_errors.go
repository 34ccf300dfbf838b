// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const a = 1 / 0i // ERROR "invalid operation: division by zero"
const b int = 2i * 2i
const d = real(1i) + imag("s") // ERROR "invalid argument: argument has type untyped string, expected complex type"
const e float32 = 1 + 1e40i // ERROR "cannot use 1 \+ 1e40i \(untyped complex constant \(1 \+ 1e\+40i\)\) as float32 value in constant declaration \(overflows\)"
const g complex64 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as complex64 value in constant declaration \(overflows\)"

func main() {
	var f float64
	var f32 float32
	var x complex128
	var n int
	_ = complex(f, f, f) // ERROR "invalid operation: too many arguments for complex\(f, f, f\) \(expected 2, found 3\)"
	_ = complex(f) // ERROR "invalid operation: not enough arguments for complex\(f\) \(expected 2, found 1\)"
	_ = complex(1, x) // ERROR "invalid argument: arguments have type complex128, expected floating-point"
	_ = real(n) // ERROR "invalid argument: argument has type int, expected complex type"
	_ = complex(f32, x) // ERROR "invalid operation: complex\(f32, x\) \(mismatched types float32 and complex128\)"
	_, _, _, _, _ = a, b, d, e, g
}
