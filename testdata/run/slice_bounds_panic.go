// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	s := make([]int, 3, 5)
	j := 4
	println(len(s[:j]))
	k := 6
	println(len(s[:k]))
}
