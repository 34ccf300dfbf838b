// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 20}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(b.Age, a.Age) })
	fmt.Println(people)
	i, found := slices.BinarySearchFunc([]int{1, 3, 5}, 4, func(a, b int) int { return a - b })
	fmt.Println(i, found)
	fmt.Println(slices.Index([]string{"x", "y"}, "y"), slices.Contains([]int{1}, 2))
	fmt.Println(slices.Max([]float64{1, 3.5, 2}), slices.Min([]string{"b", "a"}))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Equal([]int{1}, []int{1}))
}
