// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type worker func(id int, out chan<- int)

func square(id int, out chan<- int) { out <- id * id }

func main() {
	out := make(chan int)
	fs := []worker{square, func(id int, out chan<- int) { out <- -id }}
	for i, f := range fs {
		go f(i+2, out)
		println("got", <-out)
	}
	send := func(v int) { out <- v }
	go func() {
		for i := 0; i < 3; i++ {
			send(i * 10)
		}
		close(out)
	}()
	for v := range out {
		println("recv", v)
	}
}
