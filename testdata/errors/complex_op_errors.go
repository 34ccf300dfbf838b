// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var x complex128 = 2
	var y = 3
	_ = x < x // ERROR "invalid operation: x < x \(operator < not defined on complex128\)"
	_ = ^x // ERROR "invalid operation: operator \^ not defined on x \(variable of type complex128\)"
	_ = x % x // ERROR "invalid operation: operator % not defined on x \(variable of type complex128\)"
	_ = float64(x) // ERROR "cannot convert x \(variable of type complex128\) to type float64"
	_ = complex128(y) // ERROR "cannot convert y \(variable of type int\) to type complex128"
	_ = 1i << 2 // ERROR "invalid operation: shifted operand 1i \(untyped complex constant \(0 \+ 1i\)\) must be integer"
	_ = x > 1 // ERROR "invalid operation: x > 1 \(operator > not defined on complex128\)"
	_ = x & 1 // ERROR "invalid operation: operator & not defined on x \(variable of type complex128\)"
	var f float64 = 1
	_ = f + 1i // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) overflows float64"
}
