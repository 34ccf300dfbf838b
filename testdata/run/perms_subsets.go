// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func permutations(a []int, k int, visit func([]int)) {
	if k == len(a) {
		visit(a)
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		permutations(a, k+1, visit)
		a[k], a[i] = a[i], a[k]
	}
}

func subsets(items []string) [][]string {
	result := [][]string{{}}
	for _, it := range items {
		n := len(result)
		for i := range n {
			s := append([]string{}, result[i]...)
			result = append(result, append(s, it))
		}
	}
	return result
}

func queens(n int) int {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(r int) int
	place = func(r int) int {
		if r == n {
			return 1
		}
		c := 0
		for col := range n {
			if cols[col] || d1[r+col] || d2[r-col+n] {
				continue
			}
			cols[col], d1[r+col], d2[r-col+n] = true, true, true
			c += place(r + 1)
			cols[col], d1[r+col], d2[r-col+n] = false, false, false
		}
		return c
	}
	return place(0)
}

func main() {
	permutations([]int{1, 2, 3}, 0, func(p []int) { println(p[0], p[1], p[2]) })
	ss := subsets([]string{"a", "b", "c"})
	println(len(ss))
	for _, s := range ss {
		line := "{"
		for i, x := range s {
			if i > 0 {
				line += ","
			}
			line += x
		}
		println(line + "}")
	}
	println("queens", queens(6), queens(8))
}
