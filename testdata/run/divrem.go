// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func div(a, b int32) (int32, int32) { return a / b, a % b }

func main() {
	q, r := div(7, 2)
	println(q, r)
	q, r = div(-7, 2)
	println(q, r)
	q, r = div(7, -2)
	println(q, r)
	q, r = div(-2147483648, -1)
	println(q, r)
	var u uint32 = 4294967295
	println(u/10, u%10)
	var x int64 = -9223372036854775808
	var m1 int64 = -1
	println(x/m1, x%m1)
}
