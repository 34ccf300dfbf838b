// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type S struct{}

func main() {
	var v any = 1
	switch x := v.(type) { // ERROR "x declared and not used"
	case int, int: // ERROR "duplicate case int in type switch"
	}
	var n int = 3
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	switch y := v.(type) { // ERROR "y declared and not used"
	case string:
	}
	switch v.(type) {
	case undefinedType: // ERROR "undefined: undefinedType"
	}
}
