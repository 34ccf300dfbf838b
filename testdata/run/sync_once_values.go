// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(f(), f(), calls)
	g := sync.OnceFunc(func() { panic("boom") })
	g()
}
