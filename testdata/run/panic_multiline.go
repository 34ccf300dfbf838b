// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A panic message with newlines: gc indents each continuation line with a tab.

func main() {
	println("start")
	panic("first line\nsecond line\n\tthird")
}
