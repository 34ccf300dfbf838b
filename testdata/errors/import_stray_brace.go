// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"runtime"
	} // ERROR "missing import path"
)

func main() {
	runtime.Gosched()
}
