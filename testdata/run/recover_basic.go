// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Custom struct{ Code int }

func try(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			println("no panic")
		case string:
			println("recovered string:", v)
		case int:
			println("recovered int:", v)
		case error:
			println("recovered error:", v.Error())
		case Custom:
			println("recovered custom:", v.Code)
		}
	}()
	f()
}

func main() {
	try(func() {})
	try(func() { panic("boom") })
	try(func() { panic(42) })
	try(func() {
		var a []int
		_ = a[3]
	})
	try(func() { panic(Custom{7}) })
	try(func() {
		var m map[int]int
		m[1] = 1
	})
	println("main continues")
}
