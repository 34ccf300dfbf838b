// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	breed string
}

func (d *Dog) Sound() string { return "woof from " + d.breed }

type Cat struct {
	*Base
}

func (c Cat) Sound() string { return "meow" }

type Loud struct {
	Animal
	times int
}

func (l Loud) Sound() string {
	s := ""
	for i := 0; i < l.times; i++ {
		s += l.Animal.Sound() + "!"
	}
	return s
}

type Celsius float64

func (c Celsius) String() string { return "C" }

type Stringer interface{ String() string }

func show(a Animal) {
	println(a.Name(), a.Sound())
}

func main() {
	d := &Dog{Base{"rex"}, "lab"}
	c := Cat{&Base{"tom"}}
	show(d)
	show(c)
	show(Loud{d, 2})
	var as []Animal
	as = append(as, d, c, Loud{c, 1})
	for i, a := range as {
		println(i, a.Name(), a.Sound())
	}
	var s Stringer = Celsius(3)
	println(s.String())
	var e any = s
	if st, ok := e.(Stringer); ok {
		println("stringer", st.String())
	}
	_, isA := e.(Animal)
	println(isA)


	var x any = d
	println(x == any(d), x != nil)
	var a2 Animal = d
	println(a2 == x)
	type pair struct {
		a, b any
	}
	p1 := pair{1, "x"}
	p2 := pair{1, "x"}
	println(p1 == p2)
	p2.b = "y"
	println(p1 == p2)
	arr1 := [2]any{1.5, true}
	arr2 := [2]any{1.5, true}
	println(arr1 == arr2)
	var f1, f2 any = float32(0.5), float32(0.5)
	println(f1 == f2)
	var s1, s2 any = struct{ X, Y int }{1, 2}, struct{ X, Y int }{1, 2}
	println(s1 == s2)
}
