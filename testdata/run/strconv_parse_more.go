// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "1_000", "-0X_FF", "0x", "_1", "1__0"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, v, err)
	}
	for _, s := range []string{"zz", "ZZ", "10"} {
		v, err := strconv.ParseInt(s, 36, 64)
		fmt.Println(s, v, err)
	}
	for _, s := range []string{"1.5", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1e-400", ".5", "5.", "1_000.5", "+3e2", "1e", "0x1.8p1"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, v, err)
	}
	f32, err := strconv.ParseFloat("3.4028236e38", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRuE"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err, "; ")
	}
	fmt.Println()
	u, err := strconv.ParseUint("ff", 16, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("100", 16, 8)
	fmt.Println(u, err)
}
