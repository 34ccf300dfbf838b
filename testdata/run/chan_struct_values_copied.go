// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Point struct{ X, Y int }

func show(p Point, done chan bool) {
	println("goroutine sees", p.X, p.Y)
	done <- true
}

func main() {
	ch := make(chan Point, 2)
	p := Point{1, 2}
	ch <- p
	p.X = 100
	ch <- p
	a := <-ch
	b := <-ch
	println(a.X, a.Y, b.X, b.Y)
	done := make(chan bool)
	q := Point{3, 4}
	go show(q, done)
	q.X = 99
	<-done
	arr := make(chan [3]int, 1)
	v := [3]int{7, 8, 9}
	arr <- v
	v[0] = 0
	w := <-arr
	println(w[0], w[1], w[2], v[0])
}
