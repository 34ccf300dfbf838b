// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type pair struct{ a, b int }

func main() {
	ch := make(chan int, 3)
	pc := make(chan pair, 2)
	for i := range 3 {
		ch <- i * 10
	}
	close(ch)
	pc <- pair{1, 2}
	pc <- pair{3, 4}
	close(pc)
	var fs []func()
	for v := range ch {
		fs = append(fs, func() { println("captured", v) })
		v++
		defer func() { println("deferred", v) }()
	}
	for p := range pc {
		fs = append(fs, func() { println("pair", p.a, p.b) })
		p.a = 0
	}
	for _, f := range fs {
		f()
	}
}
