// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type point struct{ x, y int }

func main() {
	ints := make(chan int, 1)
	pts := make(chan point, 1)
	strs := make(chan []string, 1)
	var fs []func()
	for i := range 3 {
		ints <- i
		pts <- point{i, -i}
		strs <- []string{"a", "b"}[:i]
		select {
		case v, ok := <-ints:
			fs = append(fs, func() { println("int", v, ok) })
			v += 10
		}
		select {
		case p := <-pts:
			fs = append(fs, func() { println("point", p.x, p.y) })
			p.x = 99
		}
		select {
		case s, ok := <-strs:
			defer func() { println("deferred", len(s), ok) }()
		}
	}
	close(ints)
	select {
	case v, ok := <-ints:
		func() { println("closed", v, ok) }()
	}
	for _, f := range fs {
		f()
	}
}
