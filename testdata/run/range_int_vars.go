// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
	n := 4
	for i := range n {
		n = 1
		fmt.Print(i)
	}
	fmt.Println(" n =", n)
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
	var i int
	for i = range 5 {
		if i == 3 {
			break
		}
	}
	fmt.Println("i =", i)
	var u uint8
	for u = range uint8(200) {
	}
	fmt.Println(u)
}
