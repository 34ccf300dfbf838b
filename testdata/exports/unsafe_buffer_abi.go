// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

// A buffer the host fills and reads through (offset, length) pairs, viewed with unsafe.
var buf [256]byte

func at(off uint32) unsafe.Pointer {
	return unsafe.Add(unsafe.Pointer(unsafe.SliceData(buf[:])), off)
}

//go:wasmexport put
func put(off uint32, v uint32) {
	*(*uint32)(at(off)) = v
}

//go:wasmexport fill_text
func fillText(off uint32, n int32) {
	b := unsafe.Slice((*byte)(at(off)), n)
	for i := range b {
		b[i] = 'a' + byte(i%26)
	}
}

//go:wasmexport text
func text(off uint32, n int32) int32 {
	s := unsafe.String((*byte)(at(off)), n)
	println("text:", s)
	return int32(len(s))
}

//go:wasmexport sum_u32
func sumU32(off uint32, n int32) uint64 {
	words := unsafe.Slice((*uint32)(at(off)), n)
	var sum uint64
	for _, w := range words {
		sum += uint64(w)
	}
	return sum
}

//go:wasmexport header
func header(off uint32) uint32 {
	type hdr struct {
		magic uint16
		ver   uint8
		flags uint8
		size  uint32
	}
	h := (*hdr)(at(off))
	println("magic", h.magic, "ver", h.ver, "size", h.size, unsafe.Offsetof(h.size))
	arr := (*[8]byte)(buf[off:])
	return uint32(arr[0]) | uint32(arr[4])<<8
}

// checksum reads n bytes at p, as a host passes them (ptr, len).
//
//go:wasmexport checksum
func checksum(p unsafe.Pointer, n int32) uint32 {
	var c uint32
	for _, b := range unsafe.Slice((*byte)(p), n) {
		c = c*31 + uint32(b)
	}
	println("nil view:", unsafe.Slice((*byte)(p), n) == nil)
	return c
}

func main() {}
