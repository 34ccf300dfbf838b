// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func produce(ch chan<- complex128, n int) {
	z := complex(1, 0)
	for i := 0; i < n; i++ {
		ch <- z
		z *= 1i
	}
	close(ch)
}

func main() {
	ch := make(chan complex128)
	go produce(ch, 6)
	for z := range ch {
		fmt.Print(z, " ")
	}
	fmt.Println()
	b := make(chan complex64, 3)
	b <- 1
	b <- 2i
	b <- 3 + 3i
	close(b)
	fmt.Println(len(b), <-b, <-b)
	v, ok := <-b
	fmt.Println(v, ok)
	v, ok = <-b
	fmt.Println(v, ok)
	res := make(chan complex128)
	go func() {
		sel := make(chan complex128, 1)
		sel <- 5i
		select {
		case x := <-sel:
			res <- x * x
		}
	}()
	fmt.Println(<-res)
}
