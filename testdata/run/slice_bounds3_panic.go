// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	s := make([]int, 3, 5)
	i, j := 2, 1
	println(len(s[1:2:3]))
	println(len(s[i:j]))
}
