// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"unsafe"
)

type MyInt int32

func main() {
	i := int32(-5)
	u := *(*uint32)(unsafe.Pointer(&i))
	fmt.Println(u)
	m := (*MyInt)(unsafe.Pointer(&i))
	*m = 7
	fmt.Println(i)
	var x struct {
		a int8
		b [2]int8
	}
	x.b[1] = 9
	pb := (*[2]int8)(unsafe.Add(unsafe.Pointer(&x), unsafe.Offsetof(x.b)))
	fmt.Println(pb[1], unsafe.Alignof(x.b[0]))
	var up unsafe.Pointer
	fmt.Println(up == nil)
}
