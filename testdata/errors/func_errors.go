// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func f() {}

func g() int { return 1 }

func main() {
	x := f() // ERROR "f\(\) \(no value\) used as value"
	g()
	go g // ERROR "expression in go must be function call"
	defer 1 // ERROR "expression in defer must be function call"
	var h func(int) = g // ERROR "cannot use g \(value of type func\(\) int\) as func\(int\) value in variable declaration"
	println(x, h)
}
