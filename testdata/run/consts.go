// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota * 10, iota + 100
	c, d
)

type Celsius float64

const boiling Celsius = 100

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB)
	println(a, b, c, d)
	println(boiling*9/5+32, len("héllo"))
	const huge = 1 << 62
	println(huge, huge/(1<<60))
	const f = 'a' + 1
	println(f, string(rune(f)) == "b")
}
