// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var a any = []int{1}
	var b any = 5
	println(a == b)
	var c any = []int{1}
	println(a == c)
}
