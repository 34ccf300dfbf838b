// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]q\n", 65)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d|%[x]d|%[2]d %d\n", 1, 2)
	fmt.Printf("%[1]d %[1]d\n", 1, 2)
	fmt.Printf("%[2]*[1]d|\n", 5, 4)
	fmt.Printf("%[1]s %[1]v %[1]T\n", "s")
	fmt.Printf("%[3]v %v\n", 1, 2, 3)
	fmt.Printf("%[1\n", 1)
	fmt.Printf("%.[1]d\n", 3)
	fmt.Println(fmt.Sprintf("%[2]s-%[1]s", "a", "b"))
}
