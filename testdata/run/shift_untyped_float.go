// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const f = 2.0

func main() {
	const a = 1.0 << 3
	var s uint = 2
	var x int = 1.0 << s
	var y int64 = f << s
	println(a, x, y)
	const big = 4.0e2 >> 2
	println(big)
	var z = int(8.0) >> 1
	println(z, 1<<f)
	var w int32 = 3.0 << 4
	println(w)
}
