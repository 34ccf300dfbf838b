// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func f() int { return 1 }

func main() {
	x := 1
	x == 2 // ERROR "x == 2 \(untyped bool value\) is not used"
	f // ERROR "f \(value of type func\(\) int\) is not used"
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	len("abc") // ERROR "len\(\x22abc\x22\) \(constant 3 of type int\) is not used"
	"literal" // ERROR "\x22literal\x22 \(untyped string constant\) is not used"
	println(x)
}
