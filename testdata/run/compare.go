// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var a, b int32 = -1, 1
	println(a < b, a > b, a <= b, a >= b, a == b, a != b)
	var ua, ub uint32 = 4294967295, 1
	println(ua < ub, ua > ub, uint32(a) == ua)
	var s1, s2 int8 = -128, 127
	println(s1 < s2, s1 == s2, uint8(s1) > uint8(s2))
	var f, g float64 = 0.1, 0.2
	println(f+g == 0.3, f+g > 0.3, 0.1+0.2 == 0.3)
	var h float32 = 0.1
	println(float64(h) == 0.1, h == 0.1)
	var t, u bool = true, false
	println(t == u, t != u, t == !u)
	var big uint64 = 1 << 63
	println(big > 0, int64(big) < 0)
	var x int = 5
	println(x == 5 && x != 6, x < 5 || x >= 5)
	var c Celsius = 3
	println(c > 2.5, c == 3)
}

type Celsius float32
