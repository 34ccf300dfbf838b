// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var recv <-chan int = make(chan int)
	var send chan<- int = make(chan int)
	recv <- 1 // ERROR "invalid operation: cannot send to receive-only channel <-chan int recv \(variable of type <-chan int\)"
	v := <-send // ERROR "invalid operation: cannot receive from send-only channel chan<- int send \(variable of type chan<- int\)"
	close(recv) // ERROR "invalid operation: cannot close receive-only channel recv \(variable of type <-chan int\)"
	var c chan int
	c <- "x" // ERROR "cannot use \x22x\x22 \(untyped string constant\) as int value in send"
	for a, b := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
		println(a, b)
	}
	println(v)
}
