// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Disabling select cases with nil channels once their source is drained.

func gen(vals []int, out chan int) {
	for _, v := range vals {
		out <- v
	}
	close(out)
}

func main() {
	a, b := make(chan int), make(chan int)
	go gen([]int{1, 2, 3}, a)
	go gen([]int{10, 20}, b)
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		}
	}
	println("sum", sum)
}
