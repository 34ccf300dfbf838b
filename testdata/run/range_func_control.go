// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("iterator done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("stopped at", i)
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func find(target int) (idx int) {
	for i := range count(10) {
		if i == target {
			return i * 100
		}
	}
	return -1
}

func withDefer() {
	for i := range count(3) {
		defer println("deferred in body", i)
	}
	println("withDefer returns")
}

func main() {
	for i := range count(5) {
		if i == 1 {
			continue
		}
		if i == 3 {
			break
		}
		println("body", i)
	}
	for k, v := range pairs {
		println(k, v)
	}
	for k := range pairs {
		print(k)
	}
	println()
	for range pairs {
		print(".")
	}
	println()
	println(find(4), find(20))
	withDefer()
outer:
	for i := range count(3) {
		for j := range count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		for i := range count(3) {
			if i == 1 {
				panic("boom")
			}
		}
	}()
}
