// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "os"

func main() {
	defer println("deferred calls do not run on os.Exit")
	println("exiting with 3")
	os.Exit(3)
}
