// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	t, f := true, false
	println(t && f, t || f, !t, !f, t == f, t != f)
	println(t && !f, !(t || f), !!t)
	var b bool
	println(b, !b)
	b = 3 < 4 && 4 < 5
	c := b == (1 > 0)
	println(b, c)
	print(t, f, "\n")
	x := 7
	even := x%2 == 0
	big := x > 5
	println(even, big, even || big, even && big, even != big)
	const k = true && !false
	println(k)
	type Flag bool
	var fl Flag = Flag(big)
	println(fl, !fl)
}
