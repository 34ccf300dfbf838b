// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// In a program that recovers, panics raised by deferred calls while panicking print as
// gc's chain: the first recovered and re-raised as is, then a runtime error, then a value.

type E struct{ code int }

func (e E) Error() string { return "E" + string(rune('0'+e.code)) }

func level2() {
	defer func() {
		panic(E{7})
	}()
	defer func() {
		var m map[int]int
		m[1] = 2
	}()
	defer func() {
		r := recover()
		println("level2 recovered", r.(string), "and panics it again")
		panic(r)
	}()
	panic("start")
}

func main() {
	defer println("main deferred runs")
	defer func() {
		println("recover in a non-deferred helper call:", helper() == nil)
	}()
	level2()
}

func helper() any { return recover() }
