// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sort"

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}, {"Frank", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	for _, p := range people {
		print(p.name, ":", p.age, " ")
	}
	println()
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	for _, p := range people {
		print(p.name, " ")
	}
	println()
	words := []string{"banana", "kiwi", "apple", "fig", "cherry"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j] })
	for _, w := range words {
		print(w, " ")
	}
	println(sort.SliceIsSorted(words, func(i, j int) bool { return len(words[i]) < len(words[j]) }))
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return xs[i] > xs[j] })
	println(xs[0], xs[1], xs[2])
}
