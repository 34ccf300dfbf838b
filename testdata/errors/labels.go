// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
Unused: // ERROR "label Unused defined and not used"
	for i := 0; i < 3; i++ {
	}
Dup:
	for {
		break Dup
	}
Dup: // ERROR "label Dup already defined at .*main\.go:8:1"
	for {
		break Dup // ERROR "invalid break label Dup"
	}
Outer:
	println("not a loop")
	for {
		break Outer // ERROR "invalid break label Outer"
	}
}
