// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type C complex64

type I int8

const c complex64 = 1e38
const d = c * 10 // ERROR "c \* 10 \(constant \(1e\+39 \+ 0i\) of type complex64\) overflows complex64"
const e C = 1e38i
const f = e * e // ERROR "e \* e \(constant \(-1e\+76 \+ 0i\) of complex64 type C\) overflows complex64"
const g complex128 = 1 / (c - c) // ERROR "invalid operation: division by zero"
const h = -c * 100 // ERROR "-c \* 100 \(constant \(-1e\+40 \+ 0i\) of type complex64\) overflows complex64"
const x I = 100
const y = x * 2 // ERROR "x \* 2 \(constant 200 of int8 type I\) overflows int8"
const k float32 = 1.0 / 3 * 1e39

func main() {
	println(d, f, g, h, y, k)
}
