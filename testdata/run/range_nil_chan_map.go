// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
	var m map[string]int
	for k := range m {
		fmt.Println("never", k)
	}
	var s []int
	for i := range s {
		fmt.Println("never", i)
	}
	var p *[3]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println(" len", len(p))
	var arr [2]string
	for i, v := range arr {
		fmt.Printf("%d%q ", i, v)
	}
	fmt.Println()
}
