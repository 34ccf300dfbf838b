// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	made := 0
	p := sync.Pool{New: func() any {
		made++
		return new(strings.Builder)
	}}
	b := p.Get().(*strings.Builder)
	b.WriteString("hello")
	fmt.Println(b.String(), made)
	b.Reset()
	p.Put(b)
	b2 := p.Get().(*strings.Builder)
	fmt.Println(b2 == b, made)

	var q sync.Pool
	fmt.Println(q.Get())
	q.Put(nil)
	fmt.Println(q.Get())
	q.Put(1)
	q.Put(2)
	q.Put(3)
	fmt.Println(q.Get(), q.Get(), q.Get(), q.Get())
}
