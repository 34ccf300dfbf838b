// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const three = 3

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	case three, 3: // ERROR "duplicate case 3 \(constant of type int\) in expression switch"
	}
	// gc does not report repeated constants in a tagless switch.
	switch {
	case true:
	case true:
	}
	var b byte = 'a'
	switch b {
	case 'a', 97: // ERROR "duplicate case 97 \(constant of type byte\) in expression switch"
	case 'b':
	default:
	default: // ERROR "multiple defaults \(first at .*main\.go:\d+:2\)"
	}
}
