// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var a = b + 1
var b = f()
var c, d = 10, a * 2

func f() int {
	println("f called")
	return 41
}

func init() {
	println("init 1", a, b, c, d)
}

func init() {
	println("init 2")
}

func main() {
	println("main", a+b+c+d)
}
