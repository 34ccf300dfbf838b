// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe"

func try(name string, f func()) {
	defer func() {
		println(name+":", recover().(error).Error())
	}()
	f()
}

func main() {
	x := 1
	var p *int
	var b *byte
	n := -1
	try("nil slice", func() { _ = unsafe.Slice(p, 3) })
	try("negative", func() { _ = unsafe.Slice(&x, n) })
	try("nil string", func() { _ = unsafe.String(b, 2) })
	try("negative string", func() { _ = unsafe.String(&[]byte("ab")[0], n) })
	try("huge", func() { _ = unsafe.Slice(&x, uint64(1)<<62) })
	_ = unsafe.Slice(p, 0)
	var big int64 = 1 << 40
	_ = unsafe.Slice(b, big)
}
