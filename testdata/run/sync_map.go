// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func main() {
	var m sync.Map
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	m.Store("a", 1)
	m.Store(2, "two")
	m.Store([2]int{1, 2}, true)
	v, ok = m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 5)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("b", 6)
	fmt.Println(act, loaded)
	prev, loaded := m.Swap("b", 7)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("c", 8)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("b", 6, 9), m.CompareAndSwap("b", 7, 9), m.CompareAndSwap("zz", nil, 1))
	fmt.Println(m.CompareAndDelete("c", 1), m.CompareAndDelete("c", 8))
	v, loaded = m.LoadAndDelete(2)
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete(2)
	fmt.Println(v, loaded)
	m.Delete("nothing")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	slices.Sort(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	fmt.Println("stopped after", n)
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Go(func() { m.Store(i, i*i) })
	}
	wg.Wait()
	v, _ = m.Load(7)
	fmt.Println(v)
	m.Clear()
	n = 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after clear", n)
}
