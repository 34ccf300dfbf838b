// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// A select that both sends and receives: a bounded queue server.

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		var queue []int
		inCh := in
		for inCh != nil || len(queue) > 0 {
			var sendCh chan int
			next := 0
			if len(queue) > 0 {
				sendCh = out
				next = queue[0]
			}
			select {
			case v, ok := <-inCh:
				if !ok {
					inCh = nil
					continue
				}
				queue = append(queue, v*v)
			case sendCh <- next:
				queue = queue[1:]
			}
		}
		close(out)
	}()
	total := 0
	for v := range out {
		total += v
	}
	println("total", total)
}
