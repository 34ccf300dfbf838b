// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func none() {
	return 1 // ERROR "too many return values"
}

func one() int {
	return // ERROR "not enough return values"
}

func two() (int, int) {
	return 1 // ERROR "not enough return values"
}

func named() (x int) {
	return 1, 2 // ERROR "too many return values"
}

func typed() int32 {
	var v int64 = 5
	return v // ERROR "cannot use v \(variable of type int64\) as int32 value in return statement"
}

func main() {
	println(one())
}
