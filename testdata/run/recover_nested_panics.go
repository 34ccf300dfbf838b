// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "errors"

func helperRecover() any { return recover() }

// A deferred call panics while the first panic runs it; an earlier deferred call recovers
// the second: both end, the function returns normally.
func abortedThenRecovered() (s string) {
	defer func() {
		r := recover()
		s = "recovered " + r.(string)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

// recover is nil unless called directly by the deferred function.
func indirect() (got string) {
	defer func() {
		if r := recover(); r != nil {
			got += " direct:" + r.(string)
		}
	}()
	defer func() {
		if helperRecover() == nil {
			got += "helper:nil"
		}
	}()
	panic("boom")
}

// A deferred call that itself defers and recovers its own panic does not stop the outer one.
func innerRecovers() (out string) {
	defer func() {
		out += " outer:" + recover().(string)
	}()
	defer func() {
		defer func() {
			out += "inner:" + recover().(string)
		}()
		panic("inner panic")
	}()
	panic("outer panic")
}

// A deferred call run by a normal return inside a deferred call does not see the panic.
func normalReturnDefer() (out string) {
	defer func() {
		func() {
			defer func() {
				out += "nested deferred recover nil:" + boolStr(recover() == nil)
			}()
		}()
		out += " then:" + recover().(string)
	}()
	panic("p")
}

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// Recovered, then panics with an error wrapping the value; recovered again by the caller.
func rewrap() {
	defer func() {
		r := recover()
		panic(errors.New("wrapped: " + r.(string)))
	}()
	panic("orig")
}

func catch(f func()) (msg string) {
	defer func() {
		msg = recover().(error).Error()
	}()
	f()
	return "none"
}

type T struct{ n int }

func (t *T) Close() {
	println("Close", t.n)
	if t.n == 2 {
		panic("close failed")
	}
}

func closers() (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(string)
		}
	}()
	for i := 1; i <= 3; i++ {
		t := &T{i}
		defer t.Close()
	}
	return "ok"
}

func main() {
	println(abortedThenRecovered())
	println(indirect())
	println(innerRecovers())
	println(normalReturnDefer())
	println(catch(rewrap))
	println(closers())
	defer func() {
		println("main deferred: recover:", recover() != nil)
		panic("final")
	}()
	var a []int
	_ = a[3]
}
