// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Inner struct {
	N   int
	Tag string
}

type Outer struct {
	Name string
	In   Inner
	List []Inner
	Opt  *Inner
}

func main() {
	in := &Inner{1, "a"}
	fmt.Println(in)
	fmt.Printf("%v %+v\n", in, in)
	o := Outer{"o", Inner{2, "b"}, []Inner{{3, "c"}, {4, "d"}}, nil}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", &o)
	fmt.Printf("%+v\n", &o)
	arr := &[3]int{1, 2, 3}
	sl := &[]string{"x", "y"}
	mp := &map[string]int{"a": 1}
	fmt.Println(arr, sl, mp)
	fmt.Printf("%v %d %x\n", arr, arr, sl)
	fmt.Println([]*Inner{nil}, struct{ P *Inner }{nil})
	type pair struct {
		a, b any
	}
	fmt.Printf("%v %+v\n", pair{1, "x"}, pair{nil, []int{1}})
	fmt.Printf("%s\n", &Inner{5, "s"})
	fmt.Printf("%d\n", &Inner{5, "s"})
	fmt.Printf("%x\n", &Inner{255, "s"})
	pp := &in
	fmt.Println(**pp, (*pp).Tag)
}
