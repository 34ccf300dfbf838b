// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	neg := false
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		s = s[1:]
		if s == "" {
			return 0, false
		}
	}
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func main() {
	for _, s := range []string{"0", "42", "-17", "+5", "", "-", "12a", "9223372036854775807"} {
		n, ok := atoi(s)
		println("["+s+"]", n, ok)
	}
}
