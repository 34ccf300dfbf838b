// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Ring struct {
	buf        []int
	head, size int
}

func NewRing(n int) *Ring { return &Ring{buf: make([]int, n)} }

func (r *Ring) Push(v int) (evicted int, ok bool) {
	if r.size == len(r.buf) {
		evicted, ok = r.buf[r.head], true
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return
}

func (r *Ring) Each(f func(int)) {
	for i := range r.size {
		f(r.buf[(r.head+i)%len(r.buf)])
	}
}

func main() {
	r := NewRing(3)
	for i := 1; i <= 5; i++ {
		if e, ok := r.Push(i * 10); ok {
			println("evicted", e)
		}
	}
	sum := 0
	r.Each(func(v int) {
		print(v, " ")
		sum += v
	})
	println()
	println("sum", sum, "size", r.size)
}
