// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.RLock()
	println("reader holds the lock")
	rw.Lock()
	println("unreachable")
}
