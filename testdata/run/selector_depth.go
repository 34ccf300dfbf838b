// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import "fmt"

// Tree's field Name is promoted into Template from depth 1; Template's own method Name,
// at depth 0, wins (text/template's Template and parse.Tree).
type Tree struct {
	Name  string
	Count int
}

func (t *Tree) Size() int { return t.Count * 10 }

type common struct{ Size int }

type Template struct {
	name string
	*Tree
	*common
}

func (t *Template) Name() string { return "template " + t.name }

// Outer's field Size at depth 0 hides the method Size promoted from Tree.
type Outer struct {
	Size int
	*Tree
}

// A method at depth 1 beats a field at depth 2.
type Inner struct{ Label string }

type Middle struct{ Inner }

func (Middle) Label() string { return "method of Middle" }

type Deep struct{ Middle }

// An embedded interface's method at depth 1 beats a field at depth 2.
type Labeler interface{ Label() string }

type fixed string

func (f fixed) Label() string { return "fixed " + string(f) }

type ViaIface struct {
	Labeler
	Holder
}

type Holder struct{ Other struct{ Label string } }

type Sizer interface{ Size() int }

type Namer interface{ Name() string }

func main() {
	t := &Template{name: "page", Tree: &Tree{Name: "tree", Count: 2}, common: &common{Size: 7}}
	fmt.Println(t.Name())
	fmt.Println(t.Tree.Name)
	f := t.Name
	fmt.Println(f())
	g := (*Template).Name
	fmt.Println(g(t))
	var n Namer = t
	fmt.Println(n.Name())
	_, ok := any(t).(Namer)
	fmt.Println("Template is a Namer:", ok)

	o := Outer{Size: 3, Tree: &Tree{Count: 4}}
	fmt.Println(o.Size, o.Tree.Size())
	_, ok = any(o).(Sizer)
	fmt.Println("Outer is a Sizer:", ok)
	_, ok = any(&o).(Sizer)
	fmt.Println("*Outer is a Sizer:", ok)
	_, ok = any(o.Tree).(Sizer)
	fmt.Println("*Tree is a Sizer:", ok)

	d := Deep{Middle{Inner{Label: "field of Inner"}}}
	fmt.Println(d.Label())
	fmt.Println(d.Inner.Label)
	var l Labeler = d
	fmt.Println(l.Label())

	v := ViaIface{Labeler: fixed("x")}
	fmt.Println(v.Label())
	_, ok = any(v).(Labeler)
	fmt.Println("ViaIface is a Labeler:", ok)
}
