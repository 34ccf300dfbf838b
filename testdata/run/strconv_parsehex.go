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
	for _, s := range []string{"0x1p-2", "0x1.8p1", "-0X1.fffffffffffffp1023", "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x.8p0", "0x10", "0x1p", "0x_1p0", "0x1_0p0", "0x1.0000000000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0xABCDEFp-4", "0x0p0", "-0x0p0", "0xp1"} {
		pf(s, 64)
	}
	pf("0x1.fffffep127", 32)
	pf("0x1p128", 32)
	pf("0x1p-149", 32)
}
