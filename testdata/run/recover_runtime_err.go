// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "runtime"

func check(f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			println("runtime error:", re.Error())
			return
		}
		println("other:", r != nil)
	}()
	f()
}

func main() {
	var zero int
	check(func() { println(1 / zero) })
	check(func() {
		s := []int{1}
		i := 2
		_ = s[i]
	})
	check(func() {
		var p *int
		*p = 1
	})
	check(func() {
		var v any = 1
		_ = v.(string)
	})
	check(func() {
		s := make([]int, 2)
		j := 1
		_ = s[j:0]
	})
	check(func() { panic("plain") })
}
