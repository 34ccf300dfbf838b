// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	ch := make(chan string, 4)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	close(ch)
	println(len(ch), cap(ch))
	for i := 0; i < 5; i++ {
		v, ok := <-ch
		println(i, v, ok, len(ch))
	}
}
