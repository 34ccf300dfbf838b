// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func rec() {
	if r := recover(); r != nil {
		println("rec recovered:", fmt.Sprint(r))
	}
}

type T struct{}

func (T) Rec() {
	if r := recover(); r != nil {
		println("T.Rec recovered:", fmt.Sprint(r))
	}
}

func viaValue() {
	f := rec
	defer f()
	panic("via value")
}

func viaMethodValue() {
	var t T
	defer t.Rec()
	panic("via method")
}

func viaMethodValueVar() {
	var t T
	g := t.Rec
	defer g()
	panic("via method value var")
}

func negSlice(lo int) (err string) {
	defer func() { err = fmt.Sprint(recover()) }()
	s := []int{1, 2, 3}
	_ = s[lo:2]
	return "none"
}

func selectClosed() (err string) {
	defer func() { err = fmt.Sprint(recover()) }()
	c := make(chan int, 1)
	close(c)
	d := make(chan int)
	select {
	case c <- 1:
		return "sent"
	case <-d:
		return "received"
	}
}

func main() {
	viaValue()
	viaMethodValue()
	viaMethodValueVar()
	println(negSlice(-1))
	println(negSlice(3))
	println(selectClosed())
	println("done")
}
