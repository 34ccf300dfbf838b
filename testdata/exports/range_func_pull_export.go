// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// iter.Pull inside exported functions: the iterator's coroutine is a goroutine that
// stays parked between calls, in both execution models.

import "iter"

var next func() (int32, bool)
var stop func()

func squares(yield func(int32) bool) {
	defer println("squares stopped")
	for i := int32(1); ; i++ {
		if !yield(i * i) {
			return
		}
	}
}

//go:wasmexport start
func start() {
	next, stop = iter.Pull(squares)
}

//go:wasmexport take
func take() int32 {
	v, ok := next()
	if !ok {
		return -1
	}
	return v
}

//go:wasmexport finish
func finish() {
	stop()
}

func main() {}
