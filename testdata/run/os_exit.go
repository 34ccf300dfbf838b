// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "os"

func main() {
	defer println("deferred: not printed")
	println("before exit")
	os.Exit(3)
	println("not reached")
}
