// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var y int = "s" // ERROR "cannot use \x22s\x22 \(untyped string constant\) as int value in variable declaration"

const c = f() // ERROR "f\(\) \(value of type int\) is not constant"

func f() int { return 1 }

type T T // ERROR "invalid recursive type: T refers to itself"

func main() {
	println(y, c)
}
