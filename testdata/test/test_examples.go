// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"strings"
)

func Greet(name string) string { return "Hello, " + name + "!" }

func ExampleGreet() {
	fmt.Println(Greet("世界"))
	fmt.Println(Greet("gopher"))
	// Output:
	// Hello, 世界!
	// Hello, gopher!
}

func ExampleGreet_spaces() {
	fmt.Println("  padded  ")
	// Output: padded
}

func Example_unordered() {
	for _, w := range strings.Fields("c a b") {
		fmt.Println(w)
	}
	// Unordered output:
	// a
	// b
	// c
}

func Example_wrong() {
	fmt.Println("one")
	fmt.Println("two")
	// Output:
	// one
	// three
}

func Example_empty() {
	// Output:
}

func Example_notRun() {
	fmt.Println("examples without an output comment are compiled, not run")
}
