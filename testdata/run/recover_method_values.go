// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Shape interface{ Area() int }

type Sq struct{ side int }

func (s *Sq) Area() int { return s.side * s.side }

type V struct{ items []int }

func (v V) At(i int) int { return v.items[i] }

func (v *V) Fail() { panic("fail " + string(rune('0'+len(v.items)))) }

type Named int

func (n Named) Div(d int) int { return int(n) / d }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				println(name, "recovered error:", e.Error())
			} else {
				println(name, "recovered:", r.(string))
			}
		}
	}()
	f()
	println(name, "no panic")
}

func main() {
	var nilShape *Sq
	try("method expr nil ptr", func() {
		f := (*Sq).Area
		println(f(nilShape))
	})
	try("iface method expr", func() {
		f := Shape.Area
		println(f(nilShape))
	})
	try("method value index", func() {
		v := V{[]int{1, 2}}
		g := v.At
		println(g(1))
		println(g(5))
	})
	try("method value panic", func() {
		v := &V{[]int{1, 2, 3}}
		g := v.Fail
		g()
	})
	try("iface method value", func() {
		var s Shape = nilShape
		g := s.Area
		println(g())
	})
	try("named div", func() {
		h := Named(10).Div
		println(h(2))
		println(h(0))
	})
	try("closure through value", func() {
		var fs []func(int) int
		fs = append(fs, func(i int) int { return 100 / i })
		println(fs[0](4))
		println(fs[0](0) + fs[0](1))
	})
	try("declared func as value", func() {
		f := Named.Div
		println(f(7, 0))
	})
	try("iface call", func() {
		var s Shape = &Sq{3}
		println(s.Area())
		s = nilShape
		println(s.Area(), "not printed")
	})
	try("nil func value", func() {
		var f func() int
		println(f())
	})
	try("deferred method value", func() {
		v := &V{}
		defer v.Fail()
		println("before return")
	})
	println("done")
}
