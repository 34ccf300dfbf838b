// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
outer:
	for i := range 3 {
		for j, r := range "abc" {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, string(r), " ")
		}
	}
	fmt.Println()
	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	fmt.Println(n)
}
