// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c bool
	d int32
	e int16
}

type T struct {
	x [3]byte
	y uint16
}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d), unsafe.Offsetof(s.e))
	var t T
	fmt.Println(unsafe.Sizeof(t), unsafe.Alignof(t.y), unsafe.Offsetof(t.y))
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(float32(0)), unsafe.Sizeof(complex128(0)), unsafe.Sizeof([4]int16{}), unsafe.Sizeof(struct{}{}))
	const k = unsafe.Sizeof(uint32(0)) * 2
	var arr [k]byte
	fmt.Println(len(arr))
}
