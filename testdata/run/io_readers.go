// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	data string
	pos  int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.pos >= len(r.data) {
		return 0, io.EOF
	}
	if len(p) > 3 {
		p = p[:3]
	}
	n := copy(p, r.data[r.pos:])
	r.pos += n
	return n, nil
}

type upperWriter struct{ sb strings.Builder }

func (w *upperWriter) Write(p []byte) (int, error) {
	return w.sb.WriteString(strings.ToUpper(string(p)))
}

func main() {
	all, err := io.ReadAll(&slowReader{data: "read me slowly"})
	fmt.Printf("%q %v\n", all, err)
	w := &upperWriter{}
	n, err := io.Copy(w, &slowReader{data: "copy this"})
	fmt.Println(n, err, w.sb.String())
	buf := make([]byte, 5)
	k, err := io.ReadFull(&slowReader{data: "abcdefgh"}, buf)
	fmt.Println(k, err, string(buf))
	k, err = io.ReadFull(&slowReader{data: "ab"}, buf)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(&slowReader{}, buf)
	fmt.Println(k, err == io.EOF)
	r := strings.NewReader("xyz")
	fmt.Println(r.Len(), r.Size())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.Len())
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest), r.Len())
	_, err = r.ReadByte()
	fmt.Println(err)
	r.Reset("again")
	fmt.Println(r.Len())
	var sw io.StringWriter = &strings.Builder{}
	sw.WriteString("sw")
	fmt.Println(sw.(*strings.Builder).String())
	fmt.Fprint(io.Discard, "gone")
	n2, _ := io.WriteString(io.Discard, "12345")
	fmt.Println(n2)
}
