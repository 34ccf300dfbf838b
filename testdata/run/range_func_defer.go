// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// defer in a range-over-func body runs when the enclosing function returns, after the
// iterator's own deferred calls, in order with the function's other deferred calls.

func items(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("iterator", name, "returns")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func mixed() {
	defer println("first defer")
	for i := range items("a", 3) {
		defer println("body defer", i)
	}
	defer println("last defer")
	println("mixed returns")
}

func nested() {
	for i := range items("outer", 2) {
		defer println("outer body", i)
		for j := range items("inner", 2) {
			defer println("inner body", i, j)
		}
	}
	println("nested returns")
}

func early() int {
	for i := range items("e", 5) {
		defer println("deferred", i)
		if i == 1 {
			return i
		}
	}
	return -1
}

func recovers() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "recovered " + r.(string)
		}
	}()
	for i := range items("r", 3) {
		defer println("body defer before panic", i)
		if i == 1 {
			panic("body panic")
		}
	}
	return "no panic"
}

func loop() {
	for k := 0; k < 2; k++ {
		for i := range items("l", 2) {
			defer println("loop", k, i)
		}
	}
	println("loop returns")
}

func main() {
	mixed()
	nested()
	println("early", early())
	println(recovers())
	loop()
	func() {
		for i := range items("lit", 2) {
			defer func() { println("closure defer", i) }()
		}
		println("literal returns")
	}()
}
