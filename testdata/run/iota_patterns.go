// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = 7
	x1
	x2 = iota * iota
	x3
	x4 = "skip"
	x5 = iota + 100
)

const Solo = iota

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	bit2, mask2
)

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB, TB)
	println(A, B, C, D, E, F)
	println(x0, x1, x2, x3, x4, x5)
	println(Solo)
	println(bit0, mask0, bit1, mask1, bit2, mask2)
	var d Weekday = Thursday - 1
	println(d)
}
