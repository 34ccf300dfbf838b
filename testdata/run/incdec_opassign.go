// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var i8 int8 = 126
	i8++
	i8++
	var u8 uint8 = 1
	u8--
	u8--
	println(i8, u8)
	var f float64 = 1.5
	f++
	f *= 2
	f /= 4
	f -= 0.25
	println(f)
	var f32 float32 = 0.5
	f32--
	f32 += 0.1
	println(f32)
	var u uint32 = 5
	u <<= 30
	u >>= 1
	u |= 1
	println(u)
	var s int16 = -1000
	s *= 40
	s /= -3
	s %= 999
	println(s)
	var x int64 = 1
	for range 62 {
		x <<= 1
	}
	x += x - 1
	println(x)
	x++
	println(x)
	var sh int32 = -256
	sh >>= 4
	sh &^= 3
	sh ^= -1
	println(sh)
}
