// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func producer(ch chan int64, n int) {
	for i := 0; i < n; i++ {
		ch <- int64(i) * 1000000000000
	}
	close(ch)
}

func main() {
	ch := make(chan int64, 3)
	go producer(ch, 7)
	total := int64(0)
	for v := range ch {
		println("got", v, len(ch), cap(ch))
		total += v
	}
	v, ok := <-ch
	println("total", total, v, ok)
	var b8 = make(chan int8, 1)
	b8 <- -5
	println(<-b8)
}
