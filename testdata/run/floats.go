// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	println(2.5, 1.0/3.0, -0.0, 1e300*10)
	var f float32 = 16777216
	f = f + 1
	println(f)
	var z float64
	println(z, -z, 1/z, -1/z)
	nan := z / z
	println(nan == nan, nan != nan, nan < 1)
	println(float32(0.1), 0.1, 1e-7, 123456789.0)
	var big float64 = 1e20
	v := 3.99
	println(int64(v), int64(-v), uint8(big/1e18))
	println(float64(7)/2, float32(1)/3)
}
