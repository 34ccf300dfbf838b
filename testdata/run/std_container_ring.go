// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p.(int), " ") })
	fmt.Println()
	r = r.Move(2)
	fmt.Println(r.Value, r.Prev().Value)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	r.Do(func(p any) { fmt.Print(p, ";") })
	fmt.Println(r.Len())
}
