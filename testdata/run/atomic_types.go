// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync/atomic"

type node struct {
	name string
	next *node
}

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	ready  atomic.Bool
}

func main() {
	var a atomic.Int32
	a.Store(5)
	println(a.Add(3), a.Load(), a.Swap(1), a.CompareAndSwap(1, 2), a.CompareAndSwap(1, 3), a.Load())
	println(a.And(3), a.Or(8), a.Load())
	var b atomic.Uint64
	println(b.Add(1<<40), b.Swap(7), b.CompareAndSwap(7, 9), b.Load(), b.And(1), b.Or(6), b.Load())
	var c atomic.Uintptr
	c.Store(12)
	println(c.Add(1), c.Swap(2), c.CompareAndSwap(2, 4), c.Load(), c.And(6), c.Or(1), c.Load())
	var d atomic.Int64
	println(d.Add(-5), d.Swap(6), d.CompareAndSwap(6, 7), d.Load(), d.And(5), d.Or(2), d.Load())
	var e atomic.Uint32
	e.Store(1)
	println(e.Add(^uint32(0)), e.Swap(3), e.CompareAndSwap(3, 4), e.Load(), e.And(6), e.Or(1), e.Load())
	var f atomic.Bool
	println(f.Load(), f.Swap(true), f.Load(), f.CompareAndSwap(true, false), f.Load())
	f.Store(false)
	println(f.Load())

	var s stats
	s.hits.Add(2)
	s.misses.Add(1)
	s.ready.Store(true)
	println(s.hits.Load(), s.misses.Load(), s.ready.Load())

	var head atomic.Pointer[node]
	println(head.Load() == nil)
	n1 := &node{name: "one"}
	head.Store(n1)
	n2 := &node{name: "two", next: n1}
	println(head.CompareAndSwap(n1, n2), head.CompareAndSwap(n1, n2))
	old := head.Swap(nil)
	println(old.name, old.next.name, head.Load() == nil)
}
