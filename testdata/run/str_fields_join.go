// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func split(s string, sep byte) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

func join(parts []string, sep string) string {
	if len(parts) == 0 {
		return ""
	}
	out := parts[0]
	for _, p := range parts[1:] {
		out += sep + p
	}
	return out
}

func main() {
	p := split("a,b,,c,", ',')
	println(len(p))
	for i, s := range p {
		println(i, "["+s+"]", len(s))
	}
	println(join(p, " | "))
	println(join(split("x", ','), "-"), join(nil, "-") == "")
}
