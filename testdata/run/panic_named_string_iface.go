// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Str string

func main() {
	var i any = Str("hi\nthere")
	panic(i)
}
