// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
Outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue Outer
			}
			if i == 3 {
				break Outer
			}
			println(i, j)
		}
	}
	found := -1
Search:
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c && a+b+c == 24 {
					found = a*10000 + b*100 + c
					break Search
				}
			}
		}
	}
	println("found", found)
	count := 0
L1:
	for range 3 {
	L2:
		for j := range 5 {
			switch {
			case j == 1:
				continue L2
			case j == 3:
				continue L1
			}
			count += 10
		}
		count++
	}
	println("count", count)
}
