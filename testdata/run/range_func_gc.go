// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Range-over-func loops under memory pressure: bodies and iterators that allocate while
// the loop's frame, state and captured variables must stay alive.

import (
	"fmt"
	"strings"
)

type item struct {
	name string
	vals []int
}

func produce(n int) func(func(*item) bool) {
	return func(yield func(*item) bool) {
		for i := 0; i < n; i++ {
			it := &item{name: fmt.Sprint("item", i), vals: make([]int, i%50+1)}
			for j := range it.vals {
				it.vals[j] = i + j
			}
			if !yield(it) {
				return
			}
		}
	}
}

type tree struct {
	left, right *tree
	v           int
}

func build(d, v int) *tree {
	if d == 0 {
		return nil
	}
	return &tree{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

func (t *tree) all(yield func(int) bool) bool {
	return t == nil || t.left.all(yield) && yield(t.v) && t.right.all(yield)
}

func (t *tree) Walk(yield func(int) bool) {
	t.all(yield)
}

func find(limit int) (string, int) {
	var kept []*item
	total := 0
	for it := range produce(100000) {
		total += len(it.vals)
		if len(it.vals) == 50 {
			kept = append(kept, it)
		}
		for v := range build(3, it.vals[0]).Walk {
			total += v % 2
			break
		}
		if total > limit {
			var sb strings.Builder
			for _, k := range kept[len(kept)-3:] {
				sb.WriteString(k.name)
				sb.WriteByte(' ')
			}
			return sb.String(), len(kept)
		}
	}
	return "", -1
}

func main() {
	s, n := find(2000000)
	fmt.Println(s, n)
	sum := 0
	for round := range 20 {
		t := build(12, 1)
		for v := range t.Walk {
			if v%1000 == round {
				sum += v
			}
		}
	}
	fmt.Println(sum)
}
