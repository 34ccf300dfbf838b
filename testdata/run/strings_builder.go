// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strings"

func main() {
	var b strings.Builder
	println(b.Len(), b.String() == "")
	n, err := b.WriteString("héllo")
	println(n, err == nil)
	b.WriteByte(',')
	n, _ = b.WriteRune('世')
	println(n)
	n, _ = b.WriteRune(-1)
	println(n)
	b.Write([]byte(" end"))
	println(b.String(), b.Len())
	b.Reset()
	println(b.Len(), "["+b.String()+"]")
	b.Grow(64)
	println(b.Cap() >= 64, b.Len())
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
	}
	println(b.String())
}
