// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

type S struct{ a, b int }

func (S) M() {}

func main() {
	var s S
	_ = unsafe.Offsetof(s.M) // ERROR "invalid argument: s.M is a method value"
	_ = unsafe.Offsetof(s) // ERROR "invalid argument: s is not a selector expression"
	_ = unsafe.Slice(1, 2) // ERROR "invalid argument: 1 \(untyped int constant\) is not a pointer"
	_ = unsafe.String(new(int), 1) // ERROR "cannot use new\(int\) \(value of type \*int\) as \*byte value in argument to unsafe.String"
}
