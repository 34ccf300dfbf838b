// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Code int

func main() {
	var e any = Code(42)
	println(e.(Code))
	panic(e)
}
