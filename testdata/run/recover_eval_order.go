// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type P struct{ a, b int }

var trace []string

func note(s string) { trace = append(trace, s) }

func boom(s string) int {
	note(s)
	panic(s)
}

func ok(s string) int {
	note(s)
	return 1
}

func add(a, b int) int { return a + b }

func pair() (int, int) { return ok("pair"), boom("pair2") }

func try(name string, f func() int) {
	trace = nil
	defer func() {
		r := recover()
		print(name, ": recovered ", r.(string), " after")
		for _, s := range trace {
			print(" ", s)
		}
		println()
	}()
	v := f()
	println(name, "returned", v)
}

func main() {
	try("args", func() int { return add(boom("g"), ok("h")) })
	try("nested args", func() int { return add(ok("x"), add(boom("g"), ok("h"))) })
	try("binary", func() int { return ok("l") + boom("m") + ok("r") })
	try("composite", func() int { p := P{boom("a"), ok("b")}; return p.a })
	try("slice literal", func() int { s := []int{ok("0"), boom("1"), ok("2")}; return len(s) })
	try("map literal", func() int { m := map[int]int{ok("k"): boom("v"), 2: ok("w")}; return len(m) })
	try("condition", func() int {
		if boom("c") > 0 && ok("d") > 0 {
			note("then")
		}
		note("after if")
		return 0
	})
	try("short circuit", func() int {
		if ok("c") > 0 || boom("d") > 0 {
			note("then")
		}
		if ok("e") > 5 && boom("f") > 0 {
			note("never")
		}
		return boom("end")
	})
	try("assign", func() int {
		var a, b int
		a, b = ok("1"), boom("2")
		note("after assign")
		return a + b
	})
	try("multi return", func() int { a, b := pair(); return a + b })
	try("return expr", func() int { return ok("r1") * boom("r2") })
	try("index", func() int { s := []int{1, 2, 3}; return s[boom("i")] + ok("j") })
	try("switch", func() int {
		switch boom("tag") {
		case ok("case1"):
			note("in case")
		}
		return 0
	})
	try("for cond", func() int {
		n := 0
		for i := 0; i < boom("loop"); i++ {
			n++
		}
		return n
	})
	try("string concat", func() int {
		s := "a" + string(rune('a'+ok("s1"))) + string(rune('a'+boom("s2")))
		return len(s)
	})
	try("go args", func() int {
		go add(ok("ga"), boom("gb"))
		return 0
	})
	try("defer args", func() int {
		defer println("deferred", ok("da"), boom("db"))
		note("after defer")
		return 0
	})
	try("append", func() int { s := append([]int{}, ok("p1"), boom("p2"), ok("p3")); return len(s) })
	try("channel send", func() int {
		c := make(chan int, 1)
		c <- boom("send")
		return <-c
	})
	try("receive then panic", func() int {
		c := make(chan int, 2)
		c <- 5
		c <- 6
		return add(<-c, boom("after recv")) + <-c
	})
	try("map assign", func() int {
		m := map[int]int{}
		m[ok("key")] = boom("value")
		return len(m)
	})
	try("method arg", func() int { var p P; return p.sum(boom("m1"), ok("m2")) })
	println("done")
}

func (p P) sum(a, b int) int { return a + b }
