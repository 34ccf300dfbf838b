// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "runtime"

func main() {
	go func() {
		println("other goroutine")
	}()
	defer println("main deferred")
	runtime.Goexit()
}
