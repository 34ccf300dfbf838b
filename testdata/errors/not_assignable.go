// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const limit = 10

func f() int { return 1 }

func main() {
	limit = 20 // ERROR "cannot assign to limit \(neither addressable nor a map index expression\)"
	f() = 2 // ERROR "cannot assign to f\(\) \(neither addressable nor a map index expression\)"
	len("abc") = 3 // ERROR "cannot assign to len\(\x22abc\x22\) \(neither addressable nor a map index expression\)"
	var x int
	x + 1 = 5 // ERROR "cannot assign to x \+ 1 \(neither addressable nor a map index expression\)"
	"s" = "t" // ERROR "cannot assign to \x22s\x22 \(neither addressable nor a map index expression\)"
	true = false // ERROR "cannot assign to true \(neither addressable nor a map index expression\)"
	println(x)
}
