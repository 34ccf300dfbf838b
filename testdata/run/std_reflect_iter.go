// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"reflect"
	"slices"
)

type Point struct{ X, Y int }

type Inner struct{ Tag string }

type Outer struct {
	Name string
	*Inner
}

type Count uint16

func main() {
	ch := make(chan Point, 3)
	var recvOnly <-chan Point = ch
	var sendOnly chan<- string = make(chan string, 1)
	for _, v := range []any{ch, recvOnly, sendOnly} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.ChanDir(), t.ChanDir() == reflect.BothDir, t.ChanDir()&reflect.SendDir != 0)
	}
	fmt.Println(reflect.ChanDir(0), reflect.ChanDir(7))

	cv := reflect.ValueOf(ch)
	cv.Send(reflect.ValueOf(Point{1, 2}))
	fmt.Println(cv.TrySend(reflect.ValueOf(Point{3, 4})), cv.Len())
	p, ok := cv.Recv()
	fmt.Println(p.Interface(), ok, p.Field(1).Int())
	p, ok = reflect.ValueOf(recvOnly).TryRecv()
	fmt.Println(p.Interface(), ok)
	p, ok = cv.TryRecv()
	fmt.Println(p.IsValid(), ok)

	strs := make(chan string, 2)
	sv := reflect.ValueOf(strs)
	sv.Send(reflect.ValueOf("one"))
	sv.Send(reflect.ValueOf("two"))
	sv.Close()
	for v := range sv.Seq() {
		fmt.Println("from chan:", v.String())
	}
	z, ok := sv.Recv()
	fmt.Printf("%q %v\n", z.String(), ok)

	floats := make(chan complex128, 1)
	reflect.ValueOf(floats).Send(reflect.ValueOf(3 + 4i))
	fmt.Println(<-floats)
	slicesCh := make(chan []int, 1)
	slicesCh <- []int{7, 8, 9}
	sl, _ := reflect.ValueOf(slicesCh).Recv()
	fmt.Println(sl.Len(), sl.Index(2).Int())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(sendOnly).Recv()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(recvOnly).Send(reflect.ValueOf(Point{}))
	}()

	for v := range reflect.ValueOf(Count(4)).Seq() {
		fmt.Print(v.Type(), "=", v.Uint(), " ")
	}
	fmt.Println()
	for v := range reflect.ValueOf(3).Seq() {
		fmt.Print(v.Int(), " ")
	}
	fmt.Println()
	for i, v := range reflect.ValueOf([]string{"a", "b", "c"}).Seq2() {
		fmt.Print(i.Int(), ":", v.String(), " ")
	}
	fmt.Println()
	for i, r := range reflect.ValueOf("héllo").Seq2() {
		fmt.Print(i.Int(), ":", string(rune(r.Int())), " ")
	}
	fmt.Println()
	arr := [3]int{5, 6, 7}
	for i, v := range reflect.ValueOf(&arr).Seq2() {
		fmt.Print(i.Int(), "=", v.Int(), " ")
	}
	fmt.Println()
	var keys []string
	for k := range reflect.ValueOf(map[string]int{"x": 1, "y": 2, "z": 3}).Seq() {
		keys = append(keys, k.String())
	}
	slices.Sort(keys)
	fmt.Println(keys)
	sum := 0
	for k, v := range reflect.ValueOf(map[int]int{1: 10, 2: 20}).Seq2() {
		sum += int(k.Int() * v.Int())
	}
	fmt.Println(sum)
	for v := range reflect.ValueOf([]int{1, 2, 3, 4}).Seq() {
		if v.Int() == 2 {
			break
		}
		fmt.Println("index", v.Int())
	}

	var iterFn func(func(int) bool)
	var iter2Fn func(func(string, int) bool)
	for _, v := range []any{1, "s", []int{}, map[int]int{}, ch, &arr, Point{}, iterFn, iter2Fn, func() {}, 1.5} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.CanSeq(), t.CanSeq2())
	}

	o := Outer{Name: "o"}
	f, err := reflect.ValueOf(o).FieldByIndexErr([]int{1, 0})
	fmt.Println(f.IsValid(), err)
	o.Inner = &Inner{Tag: "t"}
	f, err = reflect.ValueOf(o).FieldByIndexErr([]int{1, 0})
	fmt.Println(f.String(), err)
	f, err = reflect.ValueOf(o).FieldByIndexErr([]int{0})
	fmt.Println(f.String(), err)
}
