// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "runtime"

type Res struct {
	id  int
	buf [64]byte
}

func main() {
	var p runtime.Pinner
	x := new(int)
	*x = 5
	p.Pin(x)
	println(*x)
	p.Unpin()
	done := make(chan int, 1)
	func() {
		r := &Res{id: 3}
		runtime.SetFinalizer(r, func(r *Res) { done <- r.id })
	}()
	for i := 0; i < 10; i++ {
		runtime.GC()
		select {
		case id := <-done:
			println("finalized", id)
			return
		default:
		}
		runtime.Gosched()
	}
	println("not finalized")
}
