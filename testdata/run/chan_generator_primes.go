// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func gen(limit int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 2; i <= limit; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func filter(in <-chan int, p int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if v%p != 0 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	ch := gen(50)
	for {
		p, ok := <-ch
		if !ok {
			break
		}
		println(p)
		ch = filter(ch, p)
	}
}
