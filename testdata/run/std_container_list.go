// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"container/list"
	"fmt"
)

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.MoveToBack(e1)
	l.Remove(e4)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value.(int)*10, " ")
	}
	fmt.Println(l.Len())
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, ",")
	}
	fmt.Println()
	var zero list.List
	zero.PushBack(true)
	fmt.Println(zero.Len(), zero.Front().Value, zero.Front().Next() == nil)
}
