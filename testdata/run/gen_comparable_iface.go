// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	var x, y any = 1, 1
	fmt.Println(Eq(x, y), Eq[any]("a", "b"))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Eq[any]([]int{}, []int{}))
}
