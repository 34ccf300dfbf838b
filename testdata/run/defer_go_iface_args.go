// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"sync"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func show(tag string, v fmt.Stringer) { fmt.Println(tag, v) }

func showAny(tag string, vs ...any) { fmt.Println(tag, vs) }

func main() {
	var wg sync.WaitGroup
	p := point{1, 2}
	arr := [2]int{3, 4}
	defer show("deferred stringer", p)
	defer showAny("deferred any", p, arr, 5)
	wg.Add(2)
	go func(v fmt.Stringer) { defer wg.Done(); show("go arg", v) }(p)
	go func() { defer wg.Done(); showAny("go variadic", p, arr) }()
	p.x, arr[0] = 100, 300
	wg.Wait()
	fmt.Println("main sees", p, arr)
}
