// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbb\tc")
	fmt.Fprintln(w, "x\ty")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tsize\tkind\t")
	fmt.Fprintln(w, "main.go\t1024\tfile\t")
	fmt.Fprintln(w, "lib\t4096\tdir\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent|tabwriter.DiscardEmptyColumns)
	fmt.Fprintf(w, "\tindented\tcol\n\t\tdeeper\tx\n")
	w.Flush()
}
