// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	s := []int{1, 2}
	a := [2]int(s)
	println(a[0], a[1])
	b := [3]int(s)
	println(b[0])
}
