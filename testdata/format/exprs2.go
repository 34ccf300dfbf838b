package main

import "fmt"

type S struct{ f []int }

func g(xs ...int) int { return len(xs) }

func main() {
	s := S{f: []int{1, 2, 3}}
	fmt.Println(s.f[1:], s.f[:2], s.f[1:2:3], s.f[g(1)+0 : g(1, 2)])
	var i interface{} = s
	if v, ok := i.(S); ok && len(v.f) > 0 {
		fmt.Println(v.f[len(v.f)-1])
	}
	a, b := 1, 2
	a, b = b, a
	c := (a + b) * (a - b) / 2
	d := a*b + c*a
	e := (((a)))
	fmt.Println(c, d, e, -(-a), a - -b, a + +b, a&^b, a&(^b))
	x := []func() int{func() int { return 1 }, func() int { return 2 }}
	fmt.Println(x[0](), x[1]())
	for i := range 3 { fmt.Println(i) }
	for range 2 {}
	for ;; { break }
	for a < 10 { a++ }
	var arr = [...]int{1,2,3}
	fmt.Println(len(arr), cap(arr[:]))
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {3, 4}}
	for _, p := range ps { fmt.Println(p.a, p.b) }
	fmt.Println(s.f[1]+s.f[2]*s.f[0], func(a, b int) int { return a*b }(2, 3))
}
