// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type T struct{ a int }

func main() {
	var x any = T{5}
	println(x.(T).a)
	var y any = 3.5
	switch v := y.(type) {
	case int, float64:
		println("num", v == any(3.5))
	}
	var p *T
	var z any = p
	println(z == nil, z.(*T) == nil)
	panic(z)
}
