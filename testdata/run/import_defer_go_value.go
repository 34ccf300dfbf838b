// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"time"
	"unsafe"
)

//go:wasmimport wasi_snapshot_preview1 fd_write
func fdWrite(fd int32, iovs unsafe.Pointer, iovsLen int32, nwritten unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 clock_time_get
func clockTimeGet(id uint32, precision uint64, time unsafe.Pointer) int32

// WASI's iovec: 32-bit address and length.
type iovec struct {
	buf uint32
	n   uint32
}

var written uint32

func text(s string) unsafe.Pointer {
	return unsafe.Pointer(&iovec{uint32(uintptr(unsafe.Pointer(unsafe.StringData(s)))), uint32(len(s))})
}

func main() {
	defer fdWrite(1, text("deferred import: last\n"), 1, unsafe.Pointer(&written))
	go fdWrite(1, text("import in a goroutine\n"), 1, unsafe.Pointer(&written))
	write := fdWrite
	println("calls through a value:", write(1, text("via value\n"), 1, unsafe.Pointer(&written)), written)
	fs := []func(int32, unsafe.Pointer, int32, unsafe.Pointer) int32{fdWrite, write}
	for _, f := range fs {
		f(2, text("to stderr\n"), 1, unsafe.Pointer(&written))
	}
	var now uint64
	clock := clockTimeGet
	println("clock ok:", clock(1, 1, unsafe.Pointer(&now)) == 0, now > 0)
	time.Sleep(time.Millisecond)
	println("main returns")
}
