// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Untyped constants are exact: intermediate values may be far larger than any type.
const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big / (1 << 195)
	Max64 = 1<<63 - 1
	MaxU  = 1<<64 - 1
	Neg   = -1 << 63
)

const third = 1.0 / 3
const exact = third * 3

func main() {
	println(Small, Huge)
	println(Max64, Neg)
	var u uint64 = MaxU
	println(u)
	println(1<<62, 1<<100>>98, (1<<70-1)>>68)
	println(exact == 1, third)
	const f = 1e300 * 1e300 / 1e300
	println(f)
	const h = 'a' + 1
	println(h, 'z'-'a')
	var i8 int8 = Big >> 94
	println(i8)
	println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	const c = 5 / 2 * 2.0
	println(c)
}
