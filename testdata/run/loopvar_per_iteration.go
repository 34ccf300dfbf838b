// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		print(*p, " ")
	}
	println()
	// The copy happens before the post statement: a change in the body carries over.
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()
	var hs []func() int
	for _, v := range []string{"a", "b", "c"} {
		hs = append(hs, func() int { return len(v) })
	}
	println(hs[0](), hs[2]())
	var rs []func() int
	for i := range 3 {
		rs = append(rs, func() int { return i * 10 })
	}
	println(rs[0](), rs[1](), rs[2]())
	// A closure that changes the variable changes only its own iteration's copy.
	var inc []func()
	for i := 0; i < 3; i++ {
		inc = append(inc, func() { i += 100 })
	}
	inc[0]()
	println("done")
}
