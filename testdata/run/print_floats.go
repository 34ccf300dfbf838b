// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// println formats floats like strconv.FormatFloat(v, 'g', -1, bits): shortest digits,
// exponent form below 1e-4 and from 1e21 up.

func main() {
	println(0.0, 1.0, -1.0, 0.5, 2.5, 100.0, 1e6, 1e20, 1e21)
	println(123456.0, 1234567.0, 12345678.9, 0.0001, 0.00001, 1.5e-7)
	println(1.0/3, 2.0/3, 10.0/3)
	println(6.02214076e23, 1.602176634e-19, 299792458.0)
	println(1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308)
	var f32 float32 = 0.1
	var g32 float32 = 1.0 / 3
	var h32 float32 = 16777216
	var k32 float32 = 3.4028235e38
	println(f32, g32, h32, k32, float32(1e-45))
	print(1.5, 2.5, "\n")
	print(1.0, "|", -0.25, "|", float32(0.3), "\n")
	var z float64
	println(z, -z, 1/z, -1/z, z/z)
	var nz float32 = float32(-z)
	println(nz, float32(1/z))
}
