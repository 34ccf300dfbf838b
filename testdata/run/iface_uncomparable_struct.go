// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type S struct {
	f []int
}

func main() {
	var a, b any = S{}, S{}
	println(a == b)
}
