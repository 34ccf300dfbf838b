// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(S("x"), S("y"), 1, "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	s := fmt.Sprint("x", 1, 2, "y", "z", 3)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("a", 1, "b") + "|")
	fmt.Println()
	fmt.Println("")
	fmt.Println("multi", "word", 1, 2.5, 'c', byte('c'))
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Print("ab", 12, "\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%d%s\n", 100, "xyz")
	fmt.Println(n)
}
