// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type T struct {
	A int
	P *T
	S []int
	M map[string]int
	F func()
	E error
	I any
	C chan int
}

type Shape interface{ Area() float64 }

func main() {
	var p *T
	var s []int
	var m map[string]int
	var e error
	var i any
	var f func()
	var c chan int
	var sh Shape
	fmt.Println(p, s, m, e, i, f == nil, c, sh)
	fmt.Printf("%v %v %v %v %v %v\n", p, s, m, e, i, sh)
	fmt.Printf("%+v %+v %+v %+v\n", p, s, m, e)
	fmt.Printf("%#v %#v %#v %#v %#v\n", p, s, m, e, i)
	fmt.Printf("%d %s %x %q\n", s, s, s, s)
	fmt.Printf("%v %+v\n", T{}, T{})
	fmt.Printf("%#v\n", T{})
	fmt.Printf("%T %T %T %T %T %T\n", p, s, m, e, f, c)
	fmt.Printf("%v %d\n", f, c)
	fmt.Printf("%p %p %p\n", p, s, m)
	fmt.Printf("%t %s %d\n", i, e, p)
	fmt.Println(fmt.Sprint(nil, nil), fmt.Sprint("a", nil, "b"), fmt.Sprintln(nil))
	fmt.Println([]any{nil, p, e}, map[string]any{"k": nil})
	fmt.Println([]*T{nil, nil}, [2]error{})
	fmt.Printf("%s|%v|%d\n", []string(nil), []error{nil}, map[int]int(nil))
	fmt.Println(len(fmt.Sprint(p)), len(fmt.Sprintf("%v", m)))
}
