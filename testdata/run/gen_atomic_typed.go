// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct{ Name string }

func main() {
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"a"})
	old := p.Swap(&Config{"b"})
	fmt.Println(old.Name, p.Load().Name)
	ok := p.CompareAndSwap(old, &Config{"c"})
	fmt.Println(ok, p.Load().Name)
	var n atomic.Int64
	n.Add(5)
	n.Add(-2)
	fmt.Println(n.Load(), n.CompareAndSwap(3, 10), n.Load())
}
