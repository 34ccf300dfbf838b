// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "", sb.Cap())
	sb.Grow(10)
	fmt.Println(sb.Len(), sb.Cap() >= 10)
	sb.WriteString("abc")
	sb.WriteByte('-')
	n, err := sb.WriteRune('é')
	fmt.Println(n, err)
	sb.WriteRune(0x1F600)
	sb.Write([]byte{'!', '?'})
	fmt.Println(sb.String(), sb.Len(), len(sb.String()))
	fmt.Fprintf(&sb, "[%03d]", 9)
	fmt.Println(sb.String())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String())
	for i := 0; i < 5; i++ {
		fmt.Fprint(&sb, i, ",")
	}
	fmt.Println(sb.String())
	parts := []string{}
	for i := 0; i < 3; i++ {
		var b strings.Builder
		b.WriteString(strings.Repeat("x", i))
		parts = append(parts, b.String())
	}
	fmt.Printf("%q\n", parts)
}
