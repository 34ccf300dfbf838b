// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"unsafe"
)

type Point struct {
	X, Y int32
	Z    float64
}

func main() {
	p := Point{1, 2, 3.5}
	py := (*int32)(unsafe.Add(unsafe.Pointer(&p), unsafe.Offsetof(p.Y)))
	*py = 20
	pz := (*float64)(unsafe.Pointer(uintptr(unsafe.Pointer(&p)) + unsafe.Offsetof(p.Z)))
	*pz *= 2
	fmt.Println(p)
	arr := [4]int16{10, 20, 30, 40}
	third := *(*int16)(unsafe.Add(unsafe.Pointer(&arr[0]), 2*unsafe.Sizeof(arr[0])))
	fmt.Println(third)
	f := 1.0
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
}
