// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

func main() {
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	println(bits)
	u := uint32(0x01020304)
	b := (*[4]byte)(unsafe.Pointer(&u))
	println(b[0], b[3])
	addr := uintptr(unsafe.Pointer(&b[0]))
	p := (*byte)(unsafe.Pointer(addr + 1))
	println(*p)
	var x struct {
		a int32
		b int32
	}
	x.b = 42
	pb := (*int32)(unsafe.Add(unsafe.Pointer(&x), unsafe.Offsetof(x.b)))
	println(*pb)
	println(unsafe.Pointer(nil) == nil)
}
