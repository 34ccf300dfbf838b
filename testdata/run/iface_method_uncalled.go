// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import "fmt"

// Namer's method is never called through an interface: values still satisfy it.
type Namer interface{ Name() string }

// Sizer's method is called through an interface, on one type only.
type Sizer interface{ Size() int }

type Box struct{ n int }

func (b Box) Name() string { return "box" }
func (b Box) Size() int    { return b.n }

type Bag struct{ items []string }

func (b *Bag) Name() string { return "bag" }
func (b *Bag) Size() int    { return len(b.items) }

func main() {
	things := []any{Box{3}, &Bag{[]string{"a", "b"}}, 7, Box{}}
	for _, t := range things {
		_, named := t.(Namer)
		fmt.Println(named)
		switch v := t.(type) {
		case Namer:
			fmt.Printf("%T is a Namer\n", v)
		default:
			fmt.Printf("%T is not\n", v)
		}
	}
	var s Sizer = Box{5}
	fmt.Println(s.Size())
	var n Namer = &Bag{}
	if sz, ok := n.(Sizer); ok {
		fmt.Println("bag sizer", sz.Size())
	}
	fmt.Println(Box{1}.Name(), (&Bag{}).Name())
}
