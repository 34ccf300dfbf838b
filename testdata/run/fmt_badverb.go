// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

func main() {
	fmt.Printf("%d|%s|%z|%t\n", "str", 5, 3, 1)
	fmt.Printf("%d %x\n", true, false)
	fmt.Printf("%s %d\n", nil, nil)
	fmt.Printf("%d\n", T{1})
	fmt.Printf("%s\n", T{1})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%e %f\n", "x", 1)
	fmt.Printf("%c %U\n", "x", 1.5)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x", nil)
	fmt.Printf("no verbs\n", 1.5)
	fmt.Printf("%q\n", 1.5)
	fmt.Printf("%s\n", errors.New("e"))
	fmt.Printf("%d\n", errors.New("e"))
	fmt.Printf("%t %t\n", "true", true)
	fmt.Printf("%p\n", 5)
	fmt.Printf("%v %w\n", 1, 2)
	fmt.Printf("%-5z|%05s|\n", 1, "ab")
	fmt.Printf("%é\n", 1)
	fmt.Println(fmt.Sprintf("%d", "é"), fmt.Sprint())
}
