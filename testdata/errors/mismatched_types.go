// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Celsius float64
type Fahrenheit float64

func main() {
	var a int32 = 1
	var b int64 = 2
	var c uint8 = 3
	var f float64 = 1.5
	var cs Celsius = 10
	var fh Fahrenheit = 50
	var t bool = true
	println(a + b) // ERROR "invalid operation: a \+ b \(mismatched types int32 and int64\)"
	println(c * a) // ERROR "invalid operation: c \* a \(mismatched types uint8 and int32\)"
	println(f - a) // ERROR "invalid operation: f - a \(mismatched types float64 and int32\)"
	println(cs == fh) // ERROR "invalid operation: cs == fh \(mismatched types Celsius and Fahrenheit\)"
	println(t + t) // ERROR "invalid operation: operator \+ not defined on t \(variable of type bool\)"
	println(a < f) // ERROR "invalid operation: a < f \(mismatched types int32 and float64\)"
	println(b & c) // ERROR "invalid operation: b & c \(mismatched types int64 and uint8\)"
	println(t && a) // ERROR "invalid operation: t && a \(mismatched types bool and int32\)"
}
