// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// More places for range-over-func loops: interface methods, struct fields, package
// initialization, closures in bodies, local goto and select in bodies, nil iterators.

type Source interface {
	All(yield func(int) bool)
}

type nums []int

func (n nums) All(yield func(int) bool) {
	for _, v := range n {
		if !yield(v) {
			return
		}
	}
}

type holder struct {
	each func(func(string) bool)
}

func words(yield func(string) bool) {
	_ = yield("w1") && yield("w2")
}

var total = func() int {
	t := 0
	for v := range (nums{1, 2, 3}).All {
		t += v
	}
	return t
}()

func init() {
	for w := range words {
		println("init", w)
	}
}

func main() {
	println("total", total)
	var s Source = nums{4, 5, 6}
	for v := range s.All {
		println("iface", v)
	}
	h := holder{each: words}
	for w := range h.each {
		println("field", w)
	}
	for v := range (nums{7, 8}).All {
		f := func() int {
			n := 0
			for w := range (nums{1, 2}).All {
				n += w * v
			}
			return n
		}
		println("closure", f())
	}
	for v := range (nums{1, 2, 3, 4}).All {
		i := 0
	loop:
		i++
		if i < v {
			goto loop
		}
		println("goto in body", v, i)
	}
	ch := make(chan int, 1)
	for v := range (nums{1, 2, 3}).All {
		select {
		case ch <- v:
			println("sent", v)
		default:
			println("full at", v, <-ch)
			break
		}
	}
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	var none func(func(int) bool)
	for range none {
		println("never")
	}
}
