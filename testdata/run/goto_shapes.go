// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func classify(n int) string {
	switch {
	case n < 0:
		goto negative
	case n == 0:
		goto zero
	}
	return "positive"
negative:
	return "negative"
zero:
	return "zero"
}

func find(grid [][]int, want int) (int, int) {
	var r, c int
	for r = range grid {
		for c = range grid[r] {
			if grid[r][c] == want {
				goto found
			}
		}
	}
	return -1, -1
found:
	return r, c
}

func retry() int {
	attempts := 0
start:
	attempts++
	if attempts < 4 {
		goto start
	}
	return attempts
}

func main() {
	println(classify(-3), classify(0), classify(9))
	g := [][]int{{1, 2}, {3, 4}, {5, 6}}
	println(find(g, 4))
	println(find(g, 7))
	println(retry())

	// Labeled loop used by break, continue and goto together.
	n := 0
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			n += i*10 + j
		}
	}
	if n < 100 {
		n += 100
		goto outer
	}
	println(n)

	// goto inside a closure and leaving a range over a map.
	f := func(m map[string]int) (s string) {
		for k, v := range m {
			if v == 2 {
				s = k
				goto done
			}
		}
		s = "none"
	done:
		return "<" + s + ">"
	}
	println(f(map[string]int{"a": 1, "b": 2}), f(nil))

	// A deferred call still runs when goto leaves the loop.
	func() {
		defer println("deferred")
		i := 0
	loop:
		if i < 3 {
			print(i, " ")
			i++
			goto loop
		}
		println()
	}()
}
