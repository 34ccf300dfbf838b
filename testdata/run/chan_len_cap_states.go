// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	ch := make(chan string, 4)
	println(len(ch), cap(ch))
	ch <- "a"
	ch <- "bb"
	ch <- "ccc"
	println(len(ch), cap(ch))
	println(<-ch, len(ch))
	ch <- "dddd"
	ch <- "eeeee"
	println(len(ch))
	close(ch)
	n := 0
	for s := range ch {
		n += len(s)
	}
	println("bytes", n, len(ch))
	var unbuffered chan int
	println(len(unbuffered), cap(unbuffered))
}
