// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Flag bool

func main() {
	var f Flag = 3 > 2
	print("about to panic ")
	println(f)
	panic(f)
}
