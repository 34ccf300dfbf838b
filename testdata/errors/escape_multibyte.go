// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	r := '\é' // ERROR "unknown escape"
	s := "a\\é\é" // ERROR "unknown escape"
	println(r, s)
}
