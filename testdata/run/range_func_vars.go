// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Iteration variables: each iteration has its own (closures and addresses keep them),
// assignment to existing variables, blank and omitted variables.

func pairs(yield func(int, string) bool) {
	_ = yield(1, "one") && yield(2, "two") && yield(3, "three")
}

func main() {
	var fs []func() int
	var ps []*int
	for k, v := range pairs {
		fs = append(fs, func() int { return k * len(v) })
		ps = append(ps, &k)
		k *= 100
	}
	for _, f := range fs {
		println(f())
	}
	for _, p := range ps {
		println(*p)
	}
	var k int
	var v string
	for k, v = range pairs {
		if k == 2 {
			break
		}
	}
	println(k, v)
	var m = map[string]int{}
	for m["k"], v = range pairs {
	}
	println(m["k"], v)
	for _, v := range pairs {
		print(v, " ")
	}
	println()
	for k, _ := range pairs {
		print(k, " ")
	}
	println()
	var anyv any
	for _, anyv = range pairs {
	}
	println(anyv.(string))
	total := 0
	for k := range pairs {
		total += k
	}
	println(total)
}
