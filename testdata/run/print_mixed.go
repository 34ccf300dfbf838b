// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// print writes its operands back to back; println separates them by one space and ends
// the line. Both write to standard error.

type Celsius float32
type Flag bool
type Code uint8

func main() {
	var i8 int8 = -5
	var u16 uint16 = 500
	var f32 float32 = 2.75
	var f64 = -1e-9
	var c Celsius = 36.6
	var fl Flag = true
	var code Code = 200
	print(i8, u16, f32, f64, c, fl, code, "\n")
	println(i8, u16, f32, f64, c, fl, code)
	print("[", 1, "]", "[", "]", "\n")
	println("[", 1, "]", "[", "]")
	print()
	println()
	print("no newline at the end")
}
