// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var initialized = true

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

func init() {}

func main() {
	init() // ERROR "undefined: init"
	var f = init // ERROR "undefined: init"
	println(initialized, f)
}
