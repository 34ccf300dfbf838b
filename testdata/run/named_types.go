// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Celsius float64
type Fahrenheit float64
type ID uint16

func toF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	println(toF(100), toF(-40))
	var id ID = 65535
	id++
	println(id)
	type local int8
	var l local = 100
	l += 100
	println(l)
}
