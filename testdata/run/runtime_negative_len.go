// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	n := 10
	s := make([]byte, 2, n)
	println(len(s), cap(s))
	m := 5
	t := make([]byte, n, m)
	println(len(t))
}
