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
	show(strings.Fields("  foo bar  baz   "))
	show(strings.Fields(""))
	show(strings.Fields(" \t\n "))
	show(strings.Fields("a\u00a0b\u2003c\u0085d"))
	show(strings.Fields("héllo\twörld"))
	println(strings.Join([]string{"foo", "bar", "baz"}, ", "))
	println("[" + strings.Join(nil, ",") + "]")
	println(strings.Join([]string{"solo"}, ","))
	println(strings.Join([]string{"", "", ""}, "-"))
	println(strings.Join(strings.Fields(" a  b c "), "+"))
}
