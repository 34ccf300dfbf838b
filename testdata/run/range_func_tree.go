// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Recursive iterators over a generic search tree: in-order and pre-order walks that
// pass yield down, stopping early at any depth, and a merge of two sorted sequences
// through iter.Pull.

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (n *node[K, V]) inorder(yield func(K, V) bool) bool {
	return n == nil || n.left.inorder(yield) && yield(n.key, n.val) && n.right.inorder(yield)
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.root.inorder(yield) }
}

func (t *Tree[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (t *Tree[K, V]) PreOrder(yield func(K, int) bool) {
	var walk func(n *node[K, V], depth int) bool
	walk = func(n *node[K, V], depth int) bool {
		if n == nil {
			return true
		}
		return yield(n.key, depth) && walk(n.left, depth+1) && walk(n.right, depth+1)
	}
	walk(t.root, 0)
}

func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		x, okx := na()
		y, oky := nb()
		for okx || oky {
			if !oky || okx && x <= y {
				if !yield(x) {
					return
				}
				x, okx = na()
			} else {
				if !yield(y) {
					return
				}
				y, oky = nb()
			}
		}
	}
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "t", "a", "e", "p", "x", "c"} {
		t.Put(w, i)
	}
	fmt.Println("size", t.size)
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for k, d := range t.PreOrder {
		fmt.Printf("%*s%s\n", 2*d, "", k)
	}
	for k := range t.Keys() {
		if k > "m" {
			fmt.Println("first after m:", k)
			break
		}
	}
	var u Tree[int, bool]
	for _, n := range []int{5, 1, 9, 3} {
		u.Put(n, n%2 == 1)
	}
	var v Tree[int, bool]
	for _, n := range []int{4, 2, 8, 10, 6} {
		v.Put(n, false)
	}
	for n := range Merge(u.Keys(), v.Keys()) {
		fmt.Print(n, " ")
		if n == 9 {
			break
		}
	}
	fmt.Println()
}
