// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func f() int { return 1 }

func main() {
	println(x) // ERROR "undefined: x"
	y := g() // ERROR "undefined: g"
	println(y + f())
	undefinedFunc(1, 2) // ERROR "undefined: undefinedFunc"
	var t T // ERROR "undefined: T"
	_ = t
	println(f.field) // ERROR "f\.field undefined \(type func\(\) int has no field or method field\)"
	z = 5 // ERROR "undefined: z"
}
