// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strings"

func show(a []string) {
	print(len(a), " nil=", a == nil, " [")
	for i, s := range a {
		if i > 0 {
			print(" ")
		}
		print("\"", s, "\"")
	}
	println("]")
}

func main() {
	show(strings.Split("a,b,c", ","))
	show(strings.Split("a man a plan a canal panama", "a "))
	show(strings.Split(" xyz ", ""))
	show(strings.Split("", "Bernardo O'Higgins"))
	show(strings.Split("", ""))
	show(strings.Split("héllo", ""))
	show(strings.Split(",,", ","))
	show(strings.SplitN("a,b,c", ",", 2))
	show(strings.SplitN("a,b,c", ",", 0))
	show(strings.SplitN("a,b,c", ",", -1))
	show(strings.SplitN("a,b,c", ",", 10))
	show(strings.SplitN("héllo", "", 3))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfterN("a,b,c,d", ",", 2))
	show(strings.SplitAfter("abc", ""))
}
