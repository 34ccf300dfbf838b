// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"sync"
	"time"
)

func producer(ch chan<- int, n int) {
	i := 0
again:
	if i < n {
		ch <- i
		i++
		goto again
	}
	close(ch)
}

func consume(ch <-chan int) (sum int) {
read:
	v, ok := <-ch
	if !ok {
		goto done
	}
	sum += v
	goto read
done:
	return
}

func main() {
	ch := make(chan int)
	go producer(ch, 5)
	println("sum", consume(ch))

	var mu sync.Mutex
	tries := 0
	buf := make(chan string, 1)
	buf <- "first"
	select {
	case s := <-buf:
		println(s)
	}
retry:
	mu.Lock()
	tries++
	mu.Unlock()
	time.Sleep(time.Microsecond)
	if tries < 3 {
		goto retry
	}
	println("tries", tries)
	for i := 0; i < 2; i++ {
		select {
		case buf <- "again":
			goto sent
		default:
			println("full")
		}
	sent:
		println("sent", <-buf)
	}
}
