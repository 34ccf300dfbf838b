// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

type byKey []item

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func gen(n, mod int) []item {
	out := make([]item, n)
	x := uint32(7)
	for i := range out {
		x = x*1103515245 + 12345
		out[i] = item{int(x>>16) % mod, i}
	}
	return out
}

func ids(items []item) []int {
	var out []int
	for _, it := range items {
		out = append(out, it.id)
	}
	return out
}

func main() {
	a := gen(200, 7)
	sort.Stable(byKey(a))
	fmt.Println(ids(a)[:40])
	fmt.Println(sort.IsSorted(byKey(a)))
	b := gen(200, 7)
	sort.Sort(byKey(b))
	fmt.Println(ids(b)[:40])
	c := gen(500, 50)
	sort.Slice(c, func(i, j int) bool { return c[i].key < c[j].key })
	fmt.Println(ids(c)[:30], ids(c)[470:])
	d := gen(500, 50)
	sort.SliceStable(d, func(i, j int) bool { return d[i].key > d[j].key })
	fmt.Println(ids(d)[:30])
	e := gen(64, 3)
	sort.Sort(sort.Reverse(byKey(e)))
	fmt.Println(ids(e))
	f := []int{}
	for i := 0; i < 100; i++ {
		f = append(f, (i*37)%100)
	}
	sort.Ints(f)
	fmt.Println(f[:10], f[90:], sort.SearchInts(f, 42))
}
