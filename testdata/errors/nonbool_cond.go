// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	var f float64
	if f { // ERROR "non-boolean condition in if statement"
	}
	y := !x // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	b := x && true // ERROR "invalid operation: x && true \(mismatched types int and untyped bool\)"
	switch x {
	case true: // ERROR "cannot convert true \(untyped bool constant\) to type int"
	}
	println(y, b)
}
