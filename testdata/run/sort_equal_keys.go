// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func people(n int) []Person {
	var ps []Person
	for i := 0; i < n; i++ {
		ps = append(ps, Person{fmt.Sprintf("p%d", i), (i * 7) % 5})
	}
	return ps
}

func main() {
	for _, n := range []int{5, 12, 13, 20, 40, 60} {
		ps := people(n)
		sort.Sort(ByAge(ps))
		fmt.Println(n, ps)
	}
	ps := people(30)
	sort.Slice(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
	fmt.Println(ps)
	ps = people(30)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
	fmt.Println(ps)
	ps = people(30)
	sort.Stable(ByAge(ps))
	fmt.Println(ps)
	ps = people(30)
	sort.Sort(sort.Reverse(ByAge(ps)))
	fmt.Println(ps)
}
