// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	total := 0
	for v := range filter(square(gen(10)), func(x int) bool { return x%2 == 1 }) {
		print(v, " ")
		total += v
	}
	println()
	println("total", total)
}
