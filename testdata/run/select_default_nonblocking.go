// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 4; i++ {
		println("send", i, trySend(ch, i))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		println("recv", v, ok)
	}
	var nilch chan int
	println("nil send", trySend(nilch, 1))
}
