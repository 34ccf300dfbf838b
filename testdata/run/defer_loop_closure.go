// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func cleanup() (log string) {
	for i := range 3 {
		defer func() { log += string(rune('a' + i)) }()
	}
	for _, s := range []string{"x", "y"} {
		defer func(v string) { log += v }(s)
	}
	return "start:"
}

func deferArgs() {
	x := 10
	defer println("arg evaluated early:", x*2)
	p := &x
	defer func() { println("closure sees late:", *p) }()
	x = 99
}

func main() {
	println(cleanup())
	deferArgs()
	func() {
		defer println("inner func defer")
		println("inner func body")
	}()
	println("main end")
}
