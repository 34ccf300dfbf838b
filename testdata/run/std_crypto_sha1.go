// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"crypto"
	"crypto/sha1"
	"encoding"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func main() {
	fmt.Printf("%x\n", sha1.Sum(nil))
	fmt.Printf("%x\n", sha1.Sum([]byte("abc")))
	sum := sha1.Sum([]byte("The quick brown fox jumps over the lazy dog"))
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Println(sha1.Size, sha1.BlockSize)

	// Streaming writes of odd sizes give the one-shot sum.
	data := make([]byte, 777)
	for i := range data {
		data[i] = byte(i*13 + i/7)
	}
	h := sha1.New()
	for i, n := 0, 1; i < len(data); n = n%61 + 5 {
		end := min(i+n, len(data))
		h.Write(data[i:end])
		i = end
	}
	whole := sha1.Sum(data)
	fmt.Printf("%x %v\n", h.Sum(nil), string(h.Sum(nil)) == string(whole[:]))
	fmt.Println(h.Size(), h.BlockSize())
	fmt.Printf("%x\n", h.Sum([]byte{1, 2, 3}))

	h.Reset()
	io.WriteString(h, "abc")
	fmt.Printf("%x\n", h.Sum(nil))
	io.Copy(h, strings.NewReader(strings.Repeat("0123456789", 50)))
	fmt.Printf("%X\n", h.Sum(nil))

	for _, n := range []int{55, 56, 63, 64, 65, 128} {
		s := sha1.Sum([]byte(strings.Repeat("y", n)))
		fmt.Printf("%3d % x\n", n, s[:6])
	}

	// The state saved half way and restored into a new hash continues the same sum.
	a := sha1.New()
	io.WriteString(a, "The quick brown fox ")
	state, err := a.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(len(state), err)
	b := sha1.New()
	fmt.Println(b.(encoding.BinaryUnmarshaler).UnmarshalBinary(state))
	io.WriteString(a, "jumps over the lazy dog")
	io.WriteString(b, "jumps over the lazy dog")
	fmt.Printf("%x\n%x\n", a.Sum(nil), b.Sum(nil))
	fmt.Println(b.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("sha\x01 too short")))
	fmt.Println(b.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("md5\x01")))

	fmt.Println(crypto.SHA1, crypto.SHA1.Size(), crypto.SHA1.Available())
	fmt.Printf("%x\n", crypto.SHA1.New().Sum(nil))
}
