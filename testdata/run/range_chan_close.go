// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := range n {
			c <- i * i
		}
		close(c)
	}()
	return c
}

func main() {
	sum := 0
	for v := range gen(5) {
		sum += v
	}
	fmt.Println(sum)
	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	close(b)
	for s := range b {
		fmt.Print(s)
	}
	fmt.Println()
	for range gen(2) {
		fmt.Print(".")
	}
	fmt.Println()
}
