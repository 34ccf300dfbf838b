// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "time"

func main() {
	ch := make(chan int)
	select {
	case v := <-ch:
		println("got", v)
	case <-time.After(10 * time.Millisecond):
		println("timeout")
	}
	go func() {
		time.Sleep(time.Millisecond)
		ch <- 7
	}()
	select {
	case v := <-ch:
		println("got", v)
	case <-time.After(5 * time.Second):
		println("timeout")
	}
	t := time.NewTimer(time.Hour)
	println("stopped:", t.Stop())
}
