// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Points []Point
}

func (s Shape) Len() int { return len(s.Points) }

func (s Shape) Scaled(k int, suffix string) Shape {
	out := Shape{Name: s.Name + suffix}
	for _, p := range s.Points {
		out.Points = append(out.Points, Point{p.X * k, p.Y * k})
	}
	return out
}

func (s *Shape) Rename(name string) (old string) {
	old, s.Name = s.Name, name
	return old
}

func (s Shape) Describe(sep string, parts ...string) string {
	return s.Name + ":" + strings.Join(parts, sep)
}

type Counter int

func (c Counter) Add(n int8, m uint16, f float64) (Counter, float32) {
	return c + Counter(n) + Counter(m), float32(f) * 2
}

func add(a, b int) int { return a + b }

func divmod(a, b int64) (q, r int64, err error) {
	if b == 0 {
		return 0, 0, errors.New("division by zero")
	}
	return a / b, a % b, nil
}

func sum(base float64, xs ...float64) float64 {
	for _, x := range xs {
		base += x
	}
	return base
}

func swap(p Point) Point { return Point{p.Y, p.X} }

func upper(s string, b []byte, m map[string]int, ok bool) (string, int, bool) {
	return strings.ToUpper(s), len(b) + m["k"], !ok
}

func show(vs []reflect.Value) {
	var parts []string
	for _, v := range vs {
		parts = append(parts, fmt.Sprintf("%s=%v", v.Type(), v.Interface()))
	}
	fmt.Println(len(vs), strings.Join(parts, " "))
}

func main() {
	show(reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(40)}))
	show(reflect.ValueOf(divmod).Call([]reflect.Value{reflect.ValueOf(int64(17)), reflect.ValueOf(int64(5))}))
	show(reflect.ValueOf(divmod).Call([]reflect.Value{reflect.ValueOf(int64(1)), reflect.ValueOf(int64(0))})[2:])
	show(reflect.ValueOf(sum).Call([]reflect.Value{reflect.ValueOf(1.5)}))
	show(reflect.ValueOf(sum).Call([]reflect.Value{reflect.ValueOf(1.5), reflect.ValueOf(2.0), reflect.ValueOf(3.25)}))
	show(reflect.ValueOf(sum).CallSlice([]reflect.Value{reflect.ValueOf(1.0), reflect.ValueOf([]float64{10, 20})}))
	show(reflect.ValueOf(swap).Call([]reflect.Value{reflect.ValueOf(Point{1, 2})}))
	show(reflect.ValueOf(upper).Call([]reflect.Value{
		reflect.ValueOf("go"), reflect.ValueOf([]byte("abc")), reflect.ValueOf(map[string]int{"k": 10}), reflect.ValueOf(true),
	}))

	n := 100
	closure := func(s string) int { n += len(s); return n }
	show(reflect.ValueOf(closure).Call([]reflect.Value{reflect.ValueOf("hello")}))
	fmt.Println("n", n)

	ft := reflect.TypeOf(divmod)
	fmt.Println(ft, ft.NumIn(), ft.NumOut(), ft.In(0), ft.Out(2), ft.IsVariadic())
	st := reflect.TypeOf(sum)
	fmt.Println(st, st.NumIn(), st.In(1), st.IsVariadic())

	s := Shape{"tri", []Point{{1, 2}, {3, 4}}}
	v := reflect.ValueOf(s)
	show(v.MethodByName("Len").Call(nil))
	show(v.MethodByName("Scaled").Call([]reflect.Value{reflect.ValueOf(10), reflect.ValueOf("-big")}))
	show(v.MethodByName("Describe").Call([]reflect.Value{reflect.ValueOf(", "), reflect.ValueOf("a"), reflect.ValueOf("b")}))
	show(v.MethodByName("Describe").CallSlice([]reflect.Value{reflect.ValueOf("+"), reflect.ValueOf([]string{"x", "y", "z"})}))
	fmt.Println(v.MethodByName("Scaled").Type())
	fmt.Println(v.MethodByName("Rename").IsValid())

	p := reflect.ValueOf(&s)
	show(p.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("square")}))
	fmt.Println(s.Name)
	show(p.MethodByName("Len").Call(nil))

	c := reflect.ValueOf(Counter(5))
	show(c.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(int8(-2)), reflect.ValueOf(uint16(300)), reflect.ValueOf(0.25)}))

	fn := reflect.ValueOf(strings.Repeat)
	show(fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)}))

	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1)})
}
