// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Setter[T any] interface {
	*T
	Set(string)
}

type Name struct{ s string }

func (n *Name) Set(s string) { n.s = s }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func main() {
	ns := FromStrings[Name]([]string{"a", "b"})
	fmt.Println(ns)
}
