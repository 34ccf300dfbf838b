// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	n, err := fmt.Fprintf(os.Stdout, "to stdout %d\n", 1)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprint(os.Stdout, "a", 1, 2, "b", "\n")
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 7, "x")
	fmt.Fprint(&sb, " [", 3.5, "]")
	fmt.Fprintln(&sb, " end")
	fmt.Print(sb.String())
	fmt.Println(sb.Len())
	os.Stdout.WriteString("direct\n")
	os.Stderr.Write([]byte("raw stderr\n"))
	fmt.Fprintf(os.Stdout, "%5.2f|%-4s|\n", 3.14159, "ab")
}
