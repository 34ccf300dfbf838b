// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	println(apply(func(x int) string { return "" }, 1)) // ERROR "cannot use func\(x int\) string \{…\} \(value of type func\(x int\) string\) as func\(int\) int value in argument to apply"
	f := func() {}
	f = func(x int) {} // ERROR "cannot use func\(x int\) \{\} \(value of type func\(x int\)\) as func\(\) value in assignment"
	g := func() int {} // ERROR "missing return"
	var h func() = nil
	println(h == f) // ERROR "invalid operation: h == f \(func can only be compared to nil\)"
	println(g)
}
