// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
	for i, r := range "aé世\xff!" {
		fmt.Printf("%d:%q(%U) ", i, r, r)
	}
	fmt.Println()
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println(n)
	for i := range "ab" {
		fmt.Print(i)
	}
	fmt.Println()
	type S string
	for _, r := range S("ok") {
		fmt.Print(string(r))
	}
	fmt.Println()
}
