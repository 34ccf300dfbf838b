// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "os"

func check(ok bool) {
	if !ok {
		println("failing")
		os.Exit(1)
	}
}

func main() {
	check(true)
	println("still running")
	check(false)
	println("never")
}
