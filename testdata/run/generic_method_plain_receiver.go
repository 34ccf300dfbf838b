// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type R struct{ base int }

func (r *R) Add[T ~int | ~int64](x T) T { return x + T(r.base) }

func (r R) Pair[A, B any](a A, b B) string { return fmt.Sprint(r.base, a, b) }

type myint int

type Wrap struct {
	r R
}

func main() {
	r := &R{base: 3}
	fmt.Println(r.Add(4), r.Add(int64(5)), r.Add(myint(1)))
	fmt.Println(r.Add[int64](10), r.Pair("x", 2.5))
	v := R{base: 7}
	fmt.Println(v.Add(1), v.Pair(true, []int{1}))
	w := Wrap{r: R{base: 1}}
	fmt.Println(w.r.Add(100), (&w.r).Pair[int, int](1, 2))
	w.r.base = 9
	fmt.Println(w.r.Add(myint(0)))
}
