// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strconv"

func main() {
	println(strconv.FormatInt(10, 36))
	println(strconv.FormatInt(10, 37))
}
