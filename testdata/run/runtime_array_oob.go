// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var a [4]int
	idx := []int{0, 3, 4}
	for _, i := range idx {
		a[i] = i
		println("set", i)
	}
}
