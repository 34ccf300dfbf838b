// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		print(*p, " ")
	}
	println()
	s := "ab"
	n := 0
	for t := ""; t != s+"cd"; t += string(rune('a' + n)) {
		n++
		if n > 10 {
			break
		}
	}
	println(n)
	var qs []*int
	for _, v := range []int{5, 6, 7} {
		qs = append(qs, &v)
	}
	println(*qs[0], *qs[1], *qs[2])
}
