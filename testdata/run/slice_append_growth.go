// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// gc's growth: double below 256, then about 1.25x, rounded up to a size class.

func main() {
	var s []int
	last := -1
	for i := range 2000 {
		s = append(s, i)
		if cap(s) != last {
			print(cap(s), " ")
			last = cap(s)
		}
	}
	println()
	var b []byte
	last = -1
	for i := range 3000 {
		b = append(b, byte(i))
		if cap(b) != last {
			print(cap(b), " ")
			last = cap(b)
		}
	}
	println()
	var st []struct{ a, b, c int32 }
	last = -1
	for range 100 {
		st = append(st, struct{ a, b, c int32 }{})
		if cap(st) != last {
			print(cap(st), " ")
			last = cap(st)
		}
	}
	println()
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	println(len(x), cap(x))
	y := append([]byte("hello"), " world, how are you"...)
	println(len(y), cap(y))
	z := append(make([]int64, 5, 5), make([]int64, 20)...)
	println(len(z), cap(z))
}
