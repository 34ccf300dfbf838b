// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Package variables are initialized in dependency order, then init functions in source order.

var a = b + 1
var b = f(2, 10)
var c, d = f(3, a*2), f(4, 0)
var e = g()
var total int

func f(id int, v int) int {
	println("init var", id, v)
	total += v
	return v
}

func g() int {
	println("g sees", a, b, c, d)
	return a + b + c + d
}

func init() {
	println("init 1, e =", e, "total =", total)
	total = 100
}

func init() {
	println("init 2, total =", total)
	total++
}

func main() {
	println("main", total, a, b, c, d, e)
}
