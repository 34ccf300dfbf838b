// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"testing"
)

func Hello() {}

func ExampleHello() {
	fmt.Println("hi")
	// Output: hi
}

func ExampleGoodbye() {
	fmt.Println("bye")
	// Output: bye
}

func Example_Bad() {
	// Output:
}

func Testable(t *testing.T) {
	t.Error("not a test: lower case after Test")
}
