// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Set[T comparable] = map[T]struct{}

type Vec[T any] = []T

type IntSet = Set[int]

func add[T comparable](s Set[T], x T) { s[x] = struct{}{} }

func main() {
	s := IntSet{}
	add(s, 3)
	add(s, 3)
	add(s, 4)
	fmt.Println(len(s))
	var v Vec[string] = []string{"a"}
	v = append(v, "b")
	fmt.Printf("%T %v\n", v, v)
	fmt.Printf("%T\n", s)
}
