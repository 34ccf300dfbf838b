// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "unsafe" // ERROR "\x22unsafe\x22 imported and not used"
import s "structs" // ERROR "\x22structs\x22 imported as s and not used"
import _ "unsafe"

func main() {
	println("imports above are not used")
}
