// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func f() {
	break // ERROR "break is not in a loop, switch, or select"
}

func g() {
	continue // ERROR "continue is not in a loop"
}

func main() {
	if true {
		break // ERROR "break is not in a loop, switch, or select"
	}
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
	for {
		break NoSuchLabel // ERROR "break label not defined: NoSuchLabel"
	}
L:
	println("label on a statement")
	for {
		continue L // ERROR "invalid continue label L"
	}
}
