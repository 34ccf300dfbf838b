// fmt recovers a String, Error or GoString method that panics, as gc's catchPanic does:
// a nil pointer prints <nil> (unpadded), any other panic prints
// %!verb(PANIC=Name method: value) with the flags cleared for the value.
package main

import (
	"errors"
	"fmt"
)

type Node struct {
	name string
	next *Node
}

func (n *Node) String() string { return "Node(" + n.name + ")" }

type Guarded struct{ v int }

func (g *Guarded) String() string {
	if g == nil {
		return "guarded nil"
	}
	return fmt.Sprint("guarded ", g.v)
}

type Big struct{ n int }

func (b *Big) String() string {
	if b.n > 2 {
		panic(fmt.Sprintf("too big: %d", b.n))
	}
	return fmt.Sprint("big ", b.n)
}

type Failing struct{}

func (Failing) Error() string { panic(errors.New("no message")) }

type Indexer []int

func (x Indexer) String() string { return fmt.Sprint(x[3]) }

type Go struct{ n int }

func (g *Go) GoString() string { return fmt.Sprintf("Go{%d}", g.n) }

type Val struct{ s string }

func (v Val) String() string { return "val " + v.s }

func safe() (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint("recovered ", e)
		}
	}()
	panic("outside fmt")
}

func main() {
	var n *Node
	fmt.Println(n)
	fmt.Printf("[%v] [%s] [%8v] [%-8s] [%q]\n", n, n, n, n, n)
	fmt.Println(&Node{name: "a"}, n)
	var g *Guarded
	fmt.Println(g, &Guarded{3})
	fmt.Println(&Big{1}, &Big{5})
	fmt.Printf("[%10v] [%x]\n", &Big{7}, &Big{9})
	fmt.Println(Failing{})
	fmt.Printf("%v|%s\n", Failing{}, Failing{})
	fmt.Println(Indexer{1, 2})
	fmt.Printf("%#v %#v\n", &Go{4}, (*Go)(nil))
	var v *Val
	fmt.Println(v)
	fmt.Printf("%v %+v\n", []*Node{nil, {name: "b"}}, struct{ X *Node }{nil})
	fmt.Println(map[string]*Big{"k": {8}})
	// The flags come back after the panic's value, the width does not.
	fmt.Printf("[%6v] [%6v]\n", []*Big{{7}, {1}}, []*Big{{1}, {2}})
	s := fmt.Sprintf("%d %v %d", 1, &Big{3}, 2)
	fmt.Println(s, len(s))
	err := fmt.Errorf("wrapped: %w", Failing{})
	fmt.Println(err != nil)
	fmt.Println(safe())
	fmt.Println("done")
}
