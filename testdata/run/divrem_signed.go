// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Division truncates toward zero; the remainder has the sign of the dividend.

func d8(a, b int8) (int8, int8)     { return a / b, a % b }
func d16(a, b int16) (int16, int16) { return a / b, a % b }
func d32(a, b int32) (int32, int32) { return a / b, a % b }
func d64(a, b int64) (int64, int64) { return a / b, a % b }
func dint(a, b int) (int, int)      { return a / b, a % b }

func main() {
	println(d8(7, 2))
	println(d8(-7, 2))
	println(d8(7, -2))
	println(d8(-7, -2))
	println(d8(-128, -1))
	println(d16(-32768, -1))
	println(d16(-32768, 3))
	println(d32(-2147483648, -1))
	println(d32(-9, 4))
	println(d64(-9223372036854775808, -1))
	println(d64(-9223372036854775807, 10))
	println(dint(-1, 3))
	println(dint(1, -3))
	println(dint(-9223372036854775808, 2))
}
