// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := range 5 {
		ping <- i
		println("got", <-pong)
	}
	close(ping)
	_, ok := <-pong
	println("pong closed:", !ok)
}
