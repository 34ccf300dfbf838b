// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Celsius float64

func main() {
	var i int = "one" // ERROR "cannot use \x22one\x22 \(untyped string constant\) as int value in variable declaration"
	var b bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	var s string = 'c' + 1.5 // ERROR "cannot use 'c' \+ 1\.5 \(untyped float constant 100\.5\) as string value in variable declaration"
	var f float64 = true // ERROR "cannot use true \(untyped bool constant\) as float64 value in variable declaration"
	x := int(true) // ERROR "cannot convert true \(untyped bool constant\) to type int"
	y := bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	c := Celsius("hot") // ERROR "cannot convert \x22hot\x22 \(untyped string constant\) to type Celsius"
	var u uint8 = 3.5 // ERROR "cannot use 3\.5 \(untyped float constant\) as uint8 value in variable declaration \(truncated\)"
	println(i, b, s, f, x, y, c, u)
}
