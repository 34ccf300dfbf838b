// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const big = 1e400000i

func main() {
	var s []int
	var a [1 + 0i]int
	var b [2i]int // ERROR "array length 2i \(untyped complex constant \(0 \+ 2i\)\) must be integer"
	var c [1.5]int // ERROR "array length 1\.5 \(untyped float constant\) must be integer"
	_ = s[1i] // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) truncated to int"
	_ = s[2.5] // ERROR "2\.5 \(untyped float constant\) truncated to int"
	_ = s[1+0i]
	_ = make([]int, 2+0i)
	_ = make([]int, 1i) // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) truncated to int"
	_ = make([]int, 0.5) // ERROR "0\.5 \(untyped float constant\) truncated to int"
	_ = 1 << (1 + 0i)
	_ = 1 << 1i // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) truncated to uint"
	_ = 1 << 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint"
	var z complex128
	switch z {
	case 1i, 1i:
	}
	_, _, _, _ = a, b, c, z
}
