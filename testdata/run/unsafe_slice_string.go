// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

func main() {
	arr := [5]byte{'h', 'e', 'l', 'l', 'o'}
	s := unsafe.Slice(&arr[0], 3)
	println(len(s), cap(s), string(s))
	s[0] = 'j'
	println(string(arr[:]))
	str := unsafe.String(&arr[1], 4)
	println(str, len(str))
	p := unsafe.StringData("world")
	println(*p == 'w')
	q := unsafe.SliceData(arr[2:])
	println(*q == 'l', q == &arr[2])
	var nilSlice []int
	println(unsafe.SliceData(nilSlice) == nil)
	println(unsafe.Slice((*int)(nil), 0) == nil)
	println(unsafe.String(nil, 0) == "")
	ints := []int32{10, 20, 30, 40}
	p2 := (*int32)(unsafe.Add(unsafe.Pointer(&ints[0]), 8))
	println(*p2)
	p3 := (*int32)(unsafe.Add(unsafe.Pointer(p2), -4))
	println(*p3)
	back := unsafe.Slice(unsafe.SliceData(ints), len(ints))
	println(back[3], len(back))
	var n uint8 = 2
	println(len(unsafe.Slice(&ints[1], n)))
	bs := []byte("abc")
	view := unsafe.String(unsafe.SliceData(bs), len(bs))
	println(view)
}
