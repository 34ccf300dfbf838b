// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Iterators that break the rules get gc's runtime errors: calling the body again after
// it returned false, after it panicked, or after the loop ended, and swallowing a
// panic of the body.

var kept func(int) bool

func ignoresFalse(yield func(int) bool) {
	yield(1)
	yield(2)
}

func afterPanic(yield func(int) bool) {
	defer func() {
		recover()
		yield(2)
	}()
	yield(1)
}

func swallows(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func keeps(yield func(int) bool) {
	kept = yield
	yield(1)
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name+":", e.Error())
		} else {
			println(name+":", "no error")
		}
	}()
	f()
}

func main() {
	try("ignores false", func() {
		for x := range ignoresFalse {
			println("x", x)
			break
		}
	})
	try("after panic", func() {
		for x := range afterPanic {
			println("x", x)
			panic("body")
		}
	})
	try("swallows", func() {
		for x := range swallows {
			println("x", x)
			panic("lost")
		}
	})
	try("kept", func() {
		for x := range keeps {
			println("x", x)
		}
		kept(5)
	})
	try("fine", func() {
		for x := range keeps {
			println("x", x)
		}
	})
}
