// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Syntax errors are reported before any type checking; the parser goes on after each.

func main() {
	var y int = ) // ERROR "syntax error: unexpected \), expected expression"
	if y == 1 {
	}
	for i := 0; i < 3; i++; { // ERROR "syntax error: unexpected semicolon, expected \{ after for clause"
	}
	z := 1 ++ 2 // ERROR "syntax error: unexpected \+\+ at end of statement"
	println(x y) // ERROR "syntax error: unexpected name y in argument list; possibly missing comma or \)"
}

func f(a int b int) {} // ERROR "syntax error: unexpected name b in parameter list; possibly missing comma or \)"

func g() {
	else {} // ERROR "syntax error: unexpected keyword else, expected \}"
}
