// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func f(a int32, b float64, c bool) {}

type ID uint64

func takeID(id ID) {}

func main() {
	var x int = 1
	var y int64 = 2
	f(x, 1.5, true) // ERROR "cannot use x \(variable of type int\) as int32 value in argument to f"
	f(1, y, true) // ERROR "cannot use y \(variable of type int64\) as float64 value in argument to f"
	f(1, 2, 1) // ERROR "cannot use 1 \(untyped int constant\) as bool value in argument to f"
	f(1, 2.5, true)
	takeID(y) // ERROR "cannot use y \(variable of type int64\) as ID value in argument to takeID"
	var id ID = 5
	var u uint64 = id // ERROR "cannot use id \(variable of uint64 type ID\) as uint64 value in variable declaration"
	takeID(3)
	println(u)
}
