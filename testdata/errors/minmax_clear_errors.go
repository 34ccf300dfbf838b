// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	println(min()) // ERROR "invalid operation: not enough arguments for min\(\) \(expected 1, found 0\)"
	println(max(1, "a")) // ERROR "invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of \x22a\x22\)"
	var s []int
	println(min(s)) // ERROR "invalid argument: s \(variable of type \[\]int\) cannot be ordered"
	clear(5) // ERROR "invalid argument: cannot clear 5 \(untyped int constant\): argument must be \(or constrained by\) map or slice"
	x := 1
	clear(x) // ERROR "invalid argument: cannot clear x \(variable of type int\): argument must be \(or constrained by\) map or slice"
	println(min(1, 2.5, int8(1))) // ERROR "2\.5 \(untyped float constant\) truncated to int8"
}
