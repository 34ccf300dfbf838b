// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var g = 1
var g = 2 // ERROR "g redeclared in this block"

func h() {}
func h() {} // ERROR "h redeclared in this block"

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	var y int
	var y int // ERROR "y redeclared in this block"
	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	println(x, y, a, b)
}
