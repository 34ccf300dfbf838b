// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "->", r.(error).Error())
		}
	}()
	f()
}

func main() {
	try("close nil", func() {
		var ch chan int
		close(ch)
	})
	try("close twice", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("send on closed", func() {
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	})
	println("done")
}
