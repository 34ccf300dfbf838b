// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	u := uint64(n)
	if neg {
		u = -u
	}
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	for _, n := range []int{0, 7, -7, 12345, -9223372036854775808, 9223372036854775807} {
		s := itoa(n)
		println(s, len(s))
	}
}
