// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var calls int

func t(n int) bool {
	calls++
	println("t", n)
	return true
}

func f(n int) bool {
	calls++
	println("f", n)
	return false
}

func main() {
	println(f(1) && t(2))
	println(t(3) || f(4))
	println(t(5) && f(6) || t(7))
	println(f(8) || f(9) && t(10))
	println(!t(11) && t(12))
	if f(13) || (t(14) && f(15)) {
		println("no")
	} else {
		println("else")
	}
	x := t(16) && t(17) && f(18) && t(19)
	println(x, calls)
}
