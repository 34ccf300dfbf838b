// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Meta struct {
	Tags  []string
	Extra map[string]float64
}

type Item struct {
	Base
	Meta  Meta
	Price float64
	Qty   uint
	On    bool
	Note  *string
	Sub   []Base
	arr   [2]int8
	anon  struct{ Z int }
}

func main() {
	it := Item{Base: Base{7, "widget"}, Meta: Meta{[]string{"a", "b"}, map[string]float64{"w": 1.5}}, Price: 9.99, Qty: 3, On: true, Sub: []Base{{1, "x"}}}
	it.arr[1] = -1
	it.anon.Z = 4
	fmt.Println(it)
	fmt.Printf("%v\n", it)
	fmt.Printf("%+v\n", it)
	fmt.Printf("%#v\n", it.Base)
	fmt.Printf("%#v\n", it.Meta)
	fmt.Printf("%#v\n", it.Sub)
	fmt.Println(it.Name, it.ID, it.Base.Name)
	type Tree struct {
		V    int
		L, R *Tree
	}
	t := Tree{V: 1}
	fmt.Printf("%v %+v\n", t, t)
	fmt.Printf("%#v\n", t)
	fmt.Println(struct {
		A []int
		M map[int]bool
		S struct{ B string }
	}{[]int{1}, map[int]bool{1: true}, struct{ B string }{"b"}})
	fmt.Printf("%s\n", Base{1, "s"})
	fmt.Printf("%x\n", Base{255, "hi"})
	fmt.Printf("%5v|%-4v|\n", Base{1, "a"}, Base{2, "b"})
	fmt.Printf("%q\n", Meta{[]string{"t"}, nil})
}
