// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Num[T ~int | ~float64] struct{ v T }

func (n *Num[T]) Add(x T) *Num[T] {
	n.v += x
	return n
}

func (n Num[T]) Value() T { return n.v }

func main() {
	var a Num[int]
	a.Add(1).Add(2)
	fmt.Println(a.Value())
	b := &Num[float64]{0.5}
	fmt.Println(b.Add(0.25).Value())
	nums := []Num[int]{{1}, {2}}
	for i := range nums {
		nums[i].Add(10)
	}
	fmt.Println(nums)
}
