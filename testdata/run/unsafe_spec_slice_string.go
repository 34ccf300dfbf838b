// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	arr := [5]byte{'h', 'e', 'l', 'l', 'o'}
	s := unsafe.Slice(&arr[1], 3)
	fmt.Println(string(s), len(s), cap(s))
	str := unsafe.String(&arr[0], 5)
	fmt.Println(str)
	b := []byte("world")
	p := unsafe.SliceData(b)
	fmt.Println(*p == 'w', unsafe.String(p, 2))
	q := unsafe.StringData("xyz")
	fmt.Println(string(*q), unsafe.Slice(q, 3)[2] == 'z')
	var nilp *int
	fmt.Println(unsafe.Slice(nilp, 0) == nil)
	fmt.Println(unsafe.SliceData([]int(nil)) == nil, unsafe.String(nil, 0) == "")
}
