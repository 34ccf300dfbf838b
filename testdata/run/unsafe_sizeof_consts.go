// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

// Pointer-free layouts: the same in gc's wasm port and in the playground's memory.
type S struct {
	a bool
	b int64
	c uint16
	d [3]byte
	i float32
	j complex64
	k uintptr
	l [2]int16
}

type Inner struct {
	x byte
	y int32
}

type Outer struct {
	pad byte
	Inner
	z int16
}

const sz = unsafe.Sizeof(S{})

var arr [unsafe.Sizeof(int32(0))]byte

func main() {
	var s S
	println(sz, unsafe.Alignof(s), len(arr))
	println(unsafe.Offsetof(s.a), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d), unsafe.Offsetof(s.i))
	println(unsafe.Offsetof(s.j), unsafe.Offsetof(s.k), unsafe.Offsetof(s.l))
	println(unsafe.Sizeof(int(0)), unsafe.Sizeof(uintptr(0)), unsafe.Sizeof(true), unsafe.Sizeof(s.l))
	println(unsafe.Alignof(s.c), unsafe.Alignof(s.d), unsafe.Alignof(int64(0)), unsafe.Alignof(s.l))
	var o Outer
	println(unsafe.Sizeof(o), unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.y), unsafe.Offsetof(o.Inner.y), unsafe.Offsetof(o.z))
	const k = unsafe.Sizeof(o) * 2
	var typed uintptr = k
	println(typed)
	println(unsafe.Sizeof([0]int{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof([4]float64{}))
	x := [unsafe.Alignof(uint16(0)) + 1]int{}
	println(len(x))
	const off = unsafe.Offsetof(o.z)
	var y [off]bool
	println(len(y))
	switch unsafe.Sizeof(int16(0)) {
	case 2:
		println("two")
	}
}
