// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func gen(n int) chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func sq(in chan int) chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range sq(sq(gen(5))) {
		println(v)
		total += v
	}
	println("total", total)
}
