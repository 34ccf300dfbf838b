// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var nilp *int
	try("nil ptr", func() { _ = unsafe.Slice(nilp, 1) })
	x := 1
	try("negative", func() {
		n := -1
		_ = unsafe.Slice(&x, n)
	})
	try("string", func() { _ = unsafe.String(nil, 2) })
	fmt.Println("done")
}
