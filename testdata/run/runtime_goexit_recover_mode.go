// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "runtime"

func leaf() {
	defer func() {
		println("leaf recover:", recover() == nil)
	}()
	runtime.Goexit()
}

func main() {
	done := make(chan int)
	go func() {
		defer close(done)
		defer func() {
			r := recover()
			println("outer recover:", r == nil)
		}()
		leaf()
		println("not reached")
	}()
	<-done
	func() {
		defer func() { println("recovered", recover().(string)) }()
		panic("still panics normally")
	}()
	println(runtime.NumGoroutine())
}
