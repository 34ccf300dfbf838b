// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
// A runtime error in a program that defers a call which may block but never recovers: the
// runtime's error value is not a dynamic type of the program (fmt's clauses for it are left
// out), yet the panic prints its extra line.
package main

import "fmt"

type T struct{ p *int }

func main() {
	ch := make(chan int, 1)
	defer func() { ch <- 1; fmt.Println("deferred", <-ch) }()
	var t T
	fmt.Println("before")
	fmt.Println(*t.p)
}
