// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Color int

const Red Color = 1

func kind(v any) string {
	switch v {
	case 1:
		return "int 1"
	case "one":
		return "string one"
	case 1.5:
		return "float 1.5"
	case Red:
		return "Color red"
	case true:
		return "true"
	case nil:
		return "nil"
	}
	return "other"
}

type Stringer interface{ String() string }

type S string

func (s S) String() string { return string(s) }

func main() {
	println(kind(1), kind("one"), kind(1.5), kind(Color(1)), kind(int8(1)), kind(true), kind(nil), kind(2))
	var st Stringer = S("a")
	switch st {
	case S("a"):
		println("S a")
	}
	var e error
	switch e {
	case nil:
		println("nil error")
	}
}
