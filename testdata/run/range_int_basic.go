// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type N int

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	var n N = 3
	for i := range n {
		fmt.Printf("%T%v ", i, i)
	}
	fmt.Println()
	for i := range int8(0) {
		fmt.Println("never", i)
	}
	for i := range -5 {
		fmt.Println("never", i)
	}
	const c = 2
	for i := range c {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
