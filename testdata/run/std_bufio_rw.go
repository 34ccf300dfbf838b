// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("alpha beta\ngamma\ndelta"), 16)
	w, err := r.ReadString(' ')
	fmt.Printf("%q %v\n", w, err)
	b, _ := r.Peek(4)
	fmt.Printf("%q %d\n", b, r.Buffered())
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	c, size, _ := r.ReadRune()
	fmt.Println(string(c), size, r.UnreadRune())
	rest, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	last, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", last, err)

	bw := bufio.NewWriterSize(os.Stdout, 8)
	fmt.Fprintf(bw, "buffered %d\n", 1)
	bw.WriteString("more text than the buffer holds\n")
	bw.WriteByte('!')
	bw.WriteRune('é')
	fmt.Println(bw.Buffered(), bw.Available(), bw.Size())
	bw.Flush()
	fmt.Println()
	var sb strings.Builder
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("xyz")), bufio.NewWriter(&sb))
	s, _ := rw.ReadString('z')
	rw.WriteString(strings.ToUpper(s))
	rw.Flush()
	fmt.Println(sb.String())
}
