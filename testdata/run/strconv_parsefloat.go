// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strconv"

func pf(s string, bits int) {
	f, err := strconv.ParseFloat(s, bits)
	if err != nil {
		println(s, bits, "->", f, err.Error())
		return
	}
	println(s, bits, "->", f)
}

func main() {
	for _, s := range []string{"0", "-0", "1", "3.14159", ".5", "5.", "1e10", "1E-10", "+2.5e+3", "1e308", "1.7976931348623157e308", "1.7976931348623159e308", "1e309", "-1e400", "4.9e-324", "2e-324", "3e-324", "1e-400", "0.1", "0.30000000000000004", "123456789012345678901234567890", "2.2250738585072011e-308", "inf", "-Inf", "+INFINITY", "nan", "NaN", "-nan", "infx", "1e", "1e+", "..1", "1.2.3", "", "-", "0x10", "1_000", "9007199254740993", "0.000000000000000000000000000000000000000000001"} {
		pf(s, 64)
	}
	for _, s := range []string{"0.1", "3.4028235e38", "3.5e38", "1e-46", "1.4e-45", "16777217"} {
		pf(s, 32)
	}
}
