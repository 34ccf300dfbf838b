// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := `name,age,city
"Smith, John",42,"New
York"
Jane,37,"say ""hi"""
# comment line
Bob,,Paris
`
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		line, col := r.FieldPos(0)
		fmt.Printf("%d:%d %q offset=%d\n", line, col, rec, r.InputOffset())
	}

	r = csv.NewReader(strings.NewReader("a;b;c\n1;2\n"))
	r.Comma = ';'
	all, err := r.ReadAll()
	fmt.Printf("%q %v\n", all, err)
	var pe *csv.ParseError
	fmt.Println(errors.As(err, &pe), errors.Is(err, csv.ErrFieldCount))

	r = csv.NewReader(strings.NewReader("x,\"bad\"quote\n"))
	_, err = r.Read()
	fmt.Println(err)
	r = csv.NewReader(strings.NewReader("a b\tc\n"))
	r.Comma = '\t'
	r.LazyQuotes = true
	r.TrimLeadingSpace = true
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	fmt.Printf("%q %v\n", rec, err)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"id", "note"})
	w.Write([]string{"1", "plain"})
	w.Write([]string{"2", "has,comma"})
	w.Write([]string{"3", "has \"quotes\""})
	w.Write([]string{"4", "multi\nline"})
	w.Write([]string{"5", " leading space"})
	w.Flush()
	fmt.Println(w.Error())
	var sb strings.Builder
	w = csv.NewWriter(&sb)
	w.Comma = '|'
	w.UseCRLF = true
	w.WriteAll([][]string{{"a", "b|c"}, {"", "d"}})
	fmt.Printf("%q\n", sb.String())
}
