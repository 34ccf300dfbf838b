// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type result struct {
	idx int
	val int
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	in := []int{10, 5, 15, 1, 20}
	out := make([]int, len(in))
	ch := make(chan result)
	for i, n := range in {
		go func() { ch <- result{i, fib(n)} }()
	}
	for range in {
		r := <-ch
		out[r.idx] = r.val
	}
	for i, v := range out {
		println(in[i], v)
	}
}
