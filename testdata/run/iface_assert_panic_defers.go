// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type T struct{ n int }

func main() {
	defer fmt.Println("deferred 1")
	defer func() { fmt.Println("deferred 2") }()
	var x any = "s"
	fmt.Println(x.(int))
}
