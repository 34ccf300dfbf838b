// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strconv"

func pi(s string, base, bits int) {
	n, err := strconv.ParseInt(s, base, bits)
	if err != nil {
		println(s, base, bits, "->", n, err.Error())
		return
	}
	println(s, base, bits, "->", n)
}

func pu(s string, base, bits int) {
	n, err := strconv.ParseUint(s, base, bits)
	if err != nil {
		println(s, base, bits, "->", n, err.Error())
		return
	}
	println(s, base, bits, "->", n)
}

func main() {
	pi("127", 10, 8)
	pi("128", 10, 8)
	pi("-128", 10, 8)
	pi("-129", 10, 8)
	pi("ff", 16, 0)
	pi("-0x1F", 0, 64)
	pi("0b1011", 0, 64)
	pi("0o777", 0, 64)
	pi("0777", 0, 64)
	pi("1_000_000", 0, 64)
	pi("1__0", 0, 64)
	pi("_10", 0, 64)
	pi("1_0", 10, 64)
	pi("zz", 36, 64)
	pi("10", 1, 64)
	pi("10", 37, 64)
	pi("10", 10, 65)
	pi("2147483648", 10, 32)
	pu("18446744073709551615", 10, 64)
	pu("18446744073709551616", 10, 64)
	pu("-1", 10, 64)
	pu("256", 10, 8)
	pu("0xFFFF", 0, 16)
	pu("0x", 0, 64)
	pu("", 10, 64)
}
