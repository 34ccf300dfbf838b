// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	a := make(chan int, 10)
	b := make(chan int, 10)
	for i := 0; i < 10; i++ {
		a <- i
		b <- i
	}
	na, nb := 0, 0
	for i := 0; i < 20; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	println("total", na+nb, "drained", len(a) == 0 && len(b) == 0)
}
