// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strconv"

func try(s string) {
	n, err := strconv.Atoi(s)
	if err != nil {
		println(n, err.Error())
		return
	}
	println(n, "ok")
}

func main() {
	for _, s := range []string{"0", "123", "-123", "+5", "", "-", "+", "1_000", "0x10", " 1", "1 ", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999999", "٣", "007"} {
		try(s)
	}
}
