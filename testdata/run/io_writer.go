// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type counter struct {
	n     int
	lines []string
}

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines = append(c.lines, string(p))
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func emit(w io.Writer, s string) {
	fmt.Fprintf(w, "[%s]", s)
}

func main() {
	c := &counter{}
	emit(c, "one")
	fmt.Fprintln(c, "two", 2)
	n, err := io.WriteString(c, "three")
	fmt.Println(n, err, c.n, len(c.lines))
	fmt.Printf("%q\n", c.lines)
	n, err = fmt.Fprint(failing{}, "x")
	fmt.Println(n, err)
	var w io.Writer = os.Stdout
	emit(w, "stdout")
	fmt.Println()
	var sb strings.Builder
	emit(&sb, "builder")
	io.WriteString(&sb, "!")
	fmt.Println(sb.String())
	fmt.Println(io.EOF, errors.Is(fmt.Errorf("read: %w", io.EOF), io.EOF))
	fmt.Println(io.EOF == io.EOF, io.ErrUnexpectedEOF)
	var buf [3]byte
	r := strings.NewReader("hi")
	for {
		n, err := r.Read(buf[:])
		fmt.Println(n, err, string(buf[:n]))
		if err == io.EOF {
			break
		}
	}
}
