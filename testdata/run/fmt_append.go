// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
	b := []byte("start:")
	b = fmt.Append(b, 1, "a", 2)
	b = fmt.Appendf(b, "|%03d|", 7)
	b = fmt.Appendln(b, "end", true)
	fmt.Print(string(b))
	fmt.Println(len(fmt.Appendf(nil, "%x", 255)))
	s := fmt.Sprintf("%s=%v;", "k", []int{1})
	s += fmt.Sprint(3, 4)
	fmt.Println(s)
}
