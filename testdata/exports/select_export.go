// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

var a = make(chan int32, 1)
var b = make(chan int32, 1)

//go:wasmexport put_a
func putA(v int32) { a <- v }

//go:wasmexport put_b
func putB(v int32) { b <- v }

//go:wasmexport take
func take() int32 {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return -v
	default:
		return 0
	}
}

//go:wasmexport take_wait
func takeWait() int32 {
	go func() {
		println("late producer")
		b <- 9
	}()
	select {
	case v := <-a:
		return v
	case v := <-b:
		return -v
	}
}

func main() {}
