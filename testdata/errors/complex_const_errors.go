// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

const c = 1 + 2i
const r = 3 + 0i

var h = complex(1, 2) < 3 // ERROR "invalid operation: complex\(1, 2\) < 3 \(operator < not defined on untyped complex\)"

func main() {
	var i int = c // ERROR "cannot use c \(untyped complex constant \(1 \+ 2i\)\) as int value in variable declaration \(truncated\)"
	var f float64 = c // ERROR "cannot use c \(untyped complex constant \(1 \+ 2i\)\) as float64 value in variable declaration \(overflows\)"
	var g float32 = 1e300i // ERROR "cannot use 1e300i \(untyped complex constant \(0 \+ 1e\+300i\)\) as float32 value in variable declaration \(overflows\)"
	var k int = r
	var u uint8 = 300 + 0i // ERROR "cannot use 300 \+ 0i \(untyped complex constant \(300 \+ 0i\)\) as uint8 value in variable declaration \(truncated\)"
	var z complex64 = 1e300 // ERROR "cannot use 1e300 \(untyped float constant 1e\+300\) as complex64 value in variable declaration \(overflows\)"
	var y = int(c) // ERROR "cannot convert c \(untyped complex constant \(1 \+ 2i\)\) to type int"
	var w float32 = 2.5i * 2i
	fmt.Println(i, f, g, k, u, z, y, w)
}
