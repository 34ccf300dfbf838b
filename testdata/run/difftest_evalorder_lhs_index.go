// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
// difftest seed 1000
package main

var seq int

func b3() {
	println("== b3 evalorder")
	defer func() { show("b3", recover()) }()
	var a7 [3]int
	x8, y9 := 0, -7
	x8, a7[x8 & 1] = 1, y9
	println(x8, y9, a7[0], a7[2], seq)
}

func show(tag string, r any) {
	switch v := r.(type) {
	case nil:
		println(tag, "done")
	case error:
		println(tag, "recovered error", v.Error())
	case string:
		println(tag, "recovered string", v)
	case int:
		println(tag, "recovered int", v)
	default:
		println(tag, "recovered other")
	}
}

func main() {
	b3()
}
