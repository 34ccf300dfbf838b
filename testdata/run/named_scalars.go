// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Celsius float64
type Fahrenheit float64
type Meters int32
type Flag bool
type Code uint8

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	var c Celsius = 37.5
	f := CToF(c)
	println(f, CToF(-40), CToF(100))
	var m Meters = 1 << 30
	m += m
	println(m)
	m2 := Meters(7) / 2
	println(m2, int64(m2)*3)
	var fl Flag = 1 < 2
	println(fl, !fl, fl == true)
	var code Code = 250
	code += 10
	println(code, int(code)-10)
	type Local int16
	var l Local = -32768
	l--
	println(l)
	x := float32(c)
	println(x, Celsius(int(c)))
}
