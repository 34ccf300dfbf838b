// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"bytes"
	"fmt"
	"os"
	"unicode"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	b.Write([]byte("world"))
	b.WriteRune('✓')
	fmt.Fprintf(&b, " %d", 42)
	fmt.Println(b.String(), b.Len())
	p := make([]byte, 6)
	n, err := b.Read(p)
	fmt.Printf("%q %d %v %q\n", p[:n], n, err, b.String())
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	b.Reset()
	b.Grow(64)
	fmt.Println(b.Len(), b.Cap() >= 64)
	b.WriteTo(os.Stdout)
	nb := bytes.NewBufferString("a,b,,c")
	fmt.Println(nb.Next(2), nb.Available() >= 0)

	s := []byte("  The quick  brown fox  ")
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Println(bytes.Index(s, []byte("brown")), bytes.LastIndex(s, []byte("o")), bytes.IndexByte(s, 'q'), bytes.IndexRune(s, 'k'), bytes.IndexAny(s, "xyz"))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil), bytes.Equal([]byte("x"), []byte("x")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Println(bytes.Contains(s, []byte("fox")), bytes.Count(s, []byte("o")), bytes.HasPrefix(s, []byte("  T")), bytes.HasSuffix(s, []byte("x")))
	fmt.Printf("%s\n", bytes.ToUpper(s))
	fmt.Printf("%s|%s\n", bytes.Repeat([]byte("ab"), 3), bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-")))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink oink"), []byte("k"), []byte("ky")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, s))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c3"), unicode.IsDigit))
	fmt.Printf("%q %q\n", bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimSuffix([]byte("a.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.Title([]byte("her royal highness")))
	r := bytes.NewReader([]byte("0123456789"))
	r.Seek(3, 0)
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.Len(), r.Size())
	for i, l := range []string{"x", "yy"} {
		fmt.Print(i, l)
	}
	fmt.Println(bytes.ContainsRune([]byte("abc"), 'b'), bytes.IndexFunc([]byte("ab1"), unicode.IsDigit))
}
