// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strconv"

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		if err != nil {
			println(s, b, err.Error())
		} else {
			println(s, b)
		}
	}
}
