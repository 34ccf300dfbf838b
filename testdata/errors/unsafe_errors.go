// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

type T struct {
	a int
	b struct{ c int }
}

func (T) M() {}

func main() {
	var t T
	x := 1
	_ = unsafe.Offsetof(x) // ERROR "invalid argument: x is not a selector expression"
	_ = unsafe.Offsetof(t.M) // ERROR "invalid argument: t\.M is a method value"
	_ = unsafe.Slice(x, 2) // ERROR "invalid argument: x \(variable of type int\) is not a pointer"
	_ = unsafe.Slice(&x, "a") // ERROR "cannot convert \x22a\x22 \(untyped string constant\) to type int"
	_ = unsafe.SliceData(x) // ERROR "invalid argument: x \(variable of type int\) is not a slice"
	_ = unsafe.String(x, 1) // ERROR "cannot use x \(variable of type int\) as \*byte value in argument to unsafe\.String"
	_ = unsafe.StringData(x) // ERROR "cannot use x \(variable of type int\) as string value in argument to unsafe\.StringData"
	_ = unsafe.Add(x, 1) // ERROR "cannot use x \(variable of type int\) as unsafe\.Pointer value in argument to unsafe\.Add"
	const c = unsafe.Offsetof(t.b.c)
	_ = c
}
