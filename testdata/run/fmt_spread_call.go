// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func two() (int, string) { return 1, "s" }

func show(a, b any) { fmt.Println("show", a, b) }

func main() {
	fmt.Println(two())
	show(two())
	s := fmt.Sprint(two())
	fmt.Println(s)
}
