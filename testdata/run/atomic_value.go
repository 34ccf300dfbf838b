// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name  string
	limit int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panics:", r)
		}
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"a", 1})
	fmt.Println(v.Load().(config).name)
	old := v.Swap(config{"b", 2})
	fmt.Println(old, v.Load())
	fmt.Println(v.CompareAndSwap(config{"a", 1}, config{"c", 3}))
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load())
	try("store nil", func() { v.Store(nil) })
	try("store int", func() { v.Store(1) })
	try("swap nil", func() { v.Swap(nil) })
	try("swap int", func() { v.Swap(2) })
	try("cas nil", func() { v.CompareAndSwap(config{}, nil) })
	try("cas mixed", func() { v.CompareAndSwap(1, config{}) })
	try("cas int", func() { v.CompareAndSwap(nil, 5) })
	var w atomic.Value
	fmt.Println(w.CompareAndSwap(nil, "x"), w.Load(), w.CompareAndSwap(nil, "y"))
	var x atomic.Value
	fmt.Println(x.Swap(42), x.Load())
	try("store after swap", func() { x.Store("s") })
}
