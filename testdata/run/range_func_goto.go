// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Leaving range-over-func loops with goto and with break and continue of enclosing
// statements (for loops, switches, selects and other range-over-func loops).

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("count done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func gotoOut() {
	tries := 0
again:
	tries++
	for i := range count(5) {
		if i == 2 && tries < 3 {
			goto again
		}
		if i == 3 {
			goto done
		}
	}
	println("not reached")
done:
	println("tries", tries)
}

func outerFor() {
outer:
	for j := 0; j < 3; j++ {
		for i := range count(4) {
			if i == j {
				continue outer
			}
			if j == 2 && i == 1 {
				break outer
			}
			println("j", j, "i", i)
		}
	}
	println("after outer")
}

func inSwitch(x int) {
sw:
	switch x {
	case 1:
		for i := range count(3) {
			if i == 1 {
				break sw
			}
			println("case 1 body", i)
		}
		println("not reached")
	default:
		println("default")
	}
	println("after switch", x)
}

func threeLevels() {
A:
	for a := range count(3) {
	B:
		for b := range count(3) {
			for c := range count(3) {
				if c == 1 && b == 0 {
					continue B
				}
				if b == 1 {
					continue A
				}
				if a == 2 {
					break A
				}
				println(a, b, c)
			}
		}
	}
	println("after A")
}

func loopsInside() {
	for i := range count(2) {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue
			}
			if j == 2 {
				break
			}
			println("inner for", i, j)
		}
		switch i {
		case 0:
			continue
		}
		println("after switch in body", i)
	}
}

func main() {
	gotoOut()
	outerFor()
	inSwitch(1)
	inSwitch(2)
	threeLevels()
	loopsInside()
}
