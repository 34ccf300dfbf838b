// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	a, b := "abc", "abd"
	println(a+b, a+"-"+b, len(a+b))
	println(a < b, a > b, a == b, a != b, a <= "abc", "" < "a", "Z" < "a")
	println("abc" < "abcd", "ab" > "a\xff", "é" > "z")
	s := ""
	for i := range 5 {
		s += string(rune('a' + i))
	}
	println(s, len(s))
	s += s
	println(s)
	x := "x"
	y := x
	x += "y"
	println(x, y)
	long := "Hello, " + "World" + "!"
	println(long, long == "Hello, World!")
	var parts = []string{"go", "wasm", "export"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += "/"
		}
		joined += p
	}
	println(joined)
}
