// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"strconv"
	"strings"
)

func main() {
	// Table formatting with padding built from strings and strconv.
	rows := [][2]string{{"alpha", "1"}, {"beta", "22"}, {"gamma", "333"}, {"delta", "-4444"}}
	w := 0
	for _, r := range rows {
		if len(r[0]) > w {
			w = len(r[0])
		}
	}
	sum := 0
	for _, r := range rows {
		n, _ := strconv.Atoi(r[1])
		sum += n
		println(r[0] + strings.Repeat(".", w-len(r[0])+2) + strings.Repeat(" ", 6-len(r[1])) + r[1])
	}
	println(strings.Repeat("=", w+8))
	total := strconv.Itoa(sum)
	println("total" + strings.Repeat(" ", w+8-5-len(total)) + total)
	println(strings.Join(strings.SplitN("k1=v1;k2=v2;k3=v3", ";", 2), " | "))
	println(strings.ToLower(strings.ReplaceAll("Hello_World_Again", "_", "-")))
	println(strings.LastIndex("a/b/c/d.go", "/"), strings.TrimSuffix("a/b/c/d.go"[strings.LastIndex("a/b/c/d.go", "/")+1:], ".go"))
}
