// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	s := []int{1, 2, 3}
	i := 5
	println(s[2])
	println(s[i])
}
