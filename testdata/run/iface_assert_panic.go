// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var v any = "text"
	n, ok := v.(int)
	println(n, ok)
	println(v.(int))
}
