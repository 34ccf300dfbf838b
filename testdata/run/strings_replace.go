// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strings"

func main() {
	println(strings.Replace("oink oink oink", "k", "ky", 2))
	println(strings.Replace("oink oink oink", "oink", "moo", -1))
	println(strings.Replace("oink oink oink", "oink", "moo", 0))
	println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	println(strings.Replace("abc", "", "-", -1))
	println(strings.Replace("abc", "", "-", 2))
	println(strings.Replace("héllo", "", "|", -1))
	println(strings.Replace("", "", "x", -1))
	println(strings.ReplaceAll("aaaa", "aa", "b"))
	println(strings.ReplaceAll("banana", "a", ""))
	println(strings.ReplaceAll("same", "x", "y"))
	println(strings.Repeat("na", 4), "["+strings.Repeat("x", 0)+"]", "["+strings.Repeat("", 5)+"]")
}
