// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Go 1.22+: each iteration has its own loop variable.

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, v := range []int{7, 8} {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()
}
