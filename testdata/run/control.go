// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	for i := -1; i < 4; i++ {
		println(i, classify(i))
	}
	sum := 0
	for i := range 10 {
		if i == 7 {
			break
		}
		if i%2 == 1 {
			continue
		}
		sum += i
	}
	println("sum", sum)
	n := 0
	for n < 5 {
		n += 2
	}
	println("n", n)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
	switch x := 3; x {
	case 1, 2:
		println("small")
	case 3:
		println("three")
		fallthrough
	case 4:
		println("four too")
	default:
		println("other")
	}
	count := 0
	for range 3 {
		count++
	}
	println(count)
}
