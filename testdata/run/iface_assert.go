// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Stringer interface{ String() string }

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func main() {
	var v any = 42
	i, ok := v.(int)
	println(i, ok)
	s, ok := v.(string)
	println(s == "", ok)
	var st any = Name("go")
	if x, ok := st.(Stringer); ok {
		println(x.String())
	}
	n := st.(Name)
	println(string(n))
	_, ok = v.(Stringer)
	println(ok)
	var e any
	_, ok = e.(int)
	println(ok)
	f := v.(int) * 2
	println(f)
}
