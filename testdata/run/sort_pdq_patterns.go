// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sort"
)

type rec struct{ k, id int }

type counted struct {
	r     []rec
	less  int
	swaps int
}

func (c *counted) Len() int           { return len(c.r) }
func (c *counted) Less(i, j int) bool { c.less++; return c.r[i].k < c.r[j].k }
func (c *counted) Swap(i, j int)      { c.swaps++; c.r[i], c.r[j] = c.r[j], c.r[i] }

func ids(r []rec) []int {
	var out []int
	for _, x := range r {
		out = append(out, x.id)
	}
	return out
}

func run(name string, keys []int) {
	c := &counted{}
	for i, k := range keys {
		c.r = append(c.r, rec{k, i})
	}
	sort.Sort(c)
	fmt.Println(name, len(keys), c.less, c.swaps, sort.IsSorted(c))
	if len(keys) <= 64 {
		fmt.Println(" ", ids(c.r))
	} else {
		fmt.Println(" ", ids(c.r)[:20], ids(c.r)[len(keys)-20:])
	}
}

func main() {
	var asc, desc, saw, dup, few, organ, rnd, big []int
	for i := 0; i < 50; i++ {
		asc = append(asc, i/3)
		desc = append(desc, (50-i)/2)
		saw = append(saw, i%7)
		dup = append(dup, 1)
		few = append(few, (i*13)%3)
	}
	for i := 0; i < 60; i++ {
		if i < 30 {
			organ = append(organ, i)
		} else {
			organ = append(organ, 60-i)
		}
	}
	x := uint32(12345)
	for i := 0; i < 300; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		rnd = append(rnd, int(x%40))
	}
	for i := 0; i < 2000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		big = append(big, int(x%100))
	}
	run("asc", asc)
	run("desc", desc)
	run("saw", saw)
	run("dup", dup)
	run("few", few)
	run("organ", organ)
	run("rnd", rnd)
	run("big", big)
	run("empty", nil)
	run("one", []int{1})
}
