// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	ch := make(chan string, 3)
	println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	println(len(ch), cap(ch))
	println(<-ch)
	ch <- "c"
	ch <- "d"
	println(len(ch))
	close(ch)
	for s := range ch {
		println("drain", s)
	}
	v, ok := <-ch
	println(v == "", ok, len(ch))
	var unbuf = make(chan int)
	println(len(unbuf), cap(unbuf))
}
