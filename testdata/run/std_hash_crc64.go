// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"encoding/base32"
	"fmt"
	"hash"
	"hash/crc64"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("a", 1000), strings.Repeat("0123456789", 13)}
	iso := crc64.MakeTable(crc64.ISO)
	ecma := crc64.MakeTable(crc64.ECMA)
	for _, s := range inputs {
		fmt.Printf("crc64 %016x %016x\n", crc64.Checksum([]byte(s), iso), crc64.Checksum([]byte(s), ecma))
	}
	var h hash.Hash64 = crc64.New(ecma)
	h.Write([]byte("hello, "))
	io.WriteString(h, "world")
	fmt.Printf("%x %d %d %x\n", h.Sum64(), h.Size(), h.BlockSize(), crc64.Update(0, ecma, []byte("hello, world")))
	fmt.Printf("% x\n", h.Sum([]byte("crc:")))
	h.Reset()
	fmt.Printf("%x\n", h.Sum64())
	custom := crc64.MakeTable(0xD800000000000000)
	fmt.Printf("%x %v\n", crc64.Checksum([]byte("custom polynomial"), custom), custom == iso)
	// Streaming in pieces gives the same sum.
	data := []byte(strings.Repeat("streaming data ", 50))
	s := crc64.New(iso)
	for i := 0; i < len(data); i += 37 {
		s.Write(data[i:min(i+37, len(data))])
	}
	fmt.Println(s.Sum64() == crc64.Checksum(data, iso))

	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, Gophers!"} {
		e := base32.StdEncoding.EncodeToString([]byte(s))
		hx := base32.HexEncoding.EncodeToString([]byte(s))
		n := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte(s))
		d, err := base32.StdEncoding.DecodeString(e)
		fmt.Printf("%q %s %s %s %q %v\n", s, e, hx, n, d, err)
	}
	_, err := base32.StdEncoding.DecodeString("MZXW6===X")
	fmt.Println(err)
	_, err = base32.StdEncoding.DecodeString("1234")
	fmt.Println(err)
	fmt.Println(base32.StdEncoding.EncodedLen(11), base32.StdEncoding.DecodedLen(24), base32.NewEncoding("0123456789abcdefghijklmnopqrstuv").EncodeToString([]byte{0xff, 0x01}))
}
