// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	println(s[0], s[1], s[2], s[3], len(s), cap(s))
	names := []string{"pear", "apple", "zoo", "fig"}
	println(min(names[0], names[1], names[2]), max(names[0], names[1], names[2]), min(names[3]))
	println(join(", ", names...), join("-"), join("+", "a", "b"))
	clear(names)
	println(names[0] == "", len(names), join("/", names...))
	var empty []byte
	clear(empty)
	println(len(empty), empty == nil)
}
