// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"strconv"
	"strings"
)

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func sum(input string) (int, error) {
	total := 0
	for i, line := range strings.Split(input, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return 0, &ParseError{i + 1, errors.New("missing '=' in " + strconv.Quote(line))}
		}
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			return 0, &ParseError{i + 1, err}
		}
		println(strings.TrimSpace(k), "=", n)
		total += n
	}
	return total, nil
}

func main() {
	t, err := sum("a = 1\n# comment\n b=2 \n\nc = -3")
	println(t, err == nil)
	_, err = sum("a = 1\nb = x2")
	println(err.Error())
	var pe *ParseError
	ok := errors.As(err, &pe)
	println(ok, pe.Line, errors.Is(err, strconv.ErrSyntax))
	_, err = sum("a = 1\noops")
	println(err.Error(), errors.Is(err, strconv.ErrSyntax))
}
