// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func gen(n int, out chan int, quit chan bool) {
	for i := 0; i < n; i++ {
		out <- i
	}
	quit <- true
}

func main() {
	out := make(chan int)
	quit := make(chan bool)
	go gen(4, out, quit)
	sum := 0
loop:
	for {
		select {
		case v := <-out:
			sum += v
			println("v", v)
		case <-quit:
			println("quit")
			break loop
		}
	}
	println("sum", sum)
	var nilc chan int
	select {
	case nilc <- 1:
		println("never")
	default:
		println("default with nil chan")
	}
	c := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case c <- i:
			println("sent", i)
		case x := <-c:
			println("recv", x)
		}
	}
}
