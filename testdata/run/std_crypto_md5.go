// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"crypto"
	"crypto/md5"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"
)

func main() {
	fmt.Printf("%x\n", md5.Sum(nil))
	fmt.Printf("%x\n", md5.Sum([]byte("a")))
	fmt.Printf("%x\n", md5.Sum([]byte("message digest")))
	sum := md5.Sum([]byte("The quick brown fox jumps over the lazy dog"))
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Println(md5.Size, md5.BlockSize)

	// Streaming writes of odd sizes give the one-shot sum.
	data := []byte(strings.Repeat("12345678901234567890", 40))
	var h hash.Hash = md5.New()
	for i, n := 0, 3; i < len(data); n = n%59 + 2 {
		end := min(i+n, len(data))
		h.Write(data[i:end])
		i = end
	}
	whole := md5.Sum(data)
	fmt.Printf("%x %v\n", h.Sum(nil), string(h.Sum(nil)) == string(whole[:]))
	fmt.Println(h.Size(), h.BlockSize())

	h.Reset()
	fmt.Fprintf(h, "%d-%s", 42, "answer")
	fmt.Printf("%x\n", h.Sum(nil))

	for _, n := range []int{55, 56, 63, 64, 65, 200} {
		s := md5.Sum([]byte(strings.Repeat("z", n)))
		fmt.Printf("%3d %s\n", n, hex.EncodeToString(s[:]))
	}

	// The state saved half way and restored into a new hash continues the same sum.
	a := md5.New()
	a.Write(data[:100])
	state, err := a.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(len(state), err)
	b := md5.New()
	fmt.Println(b.(encoding.BinaryUnmarshaler).UnmarshalBinary(state))
	a.Write(data[100:])
	b.Write(data[100:])
	fmt.Printf("%x\n%x\n", a.Sum(nil), b.Sum(nil))
	fmt.Println(b.(encoding.BinaryUnmarshaler).UnmarshalBinary(state[:20]))
	fmt.Println(b.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("sha\x01")))
	app, err := a.(encoding.BinaryAppender).AppendBinary(nil)
	fmt.Println(string(app) == string(state) || len(app) == len(state), err)

	fmt.Println(crypto.MD5, crypto.MD5.Size(), crypto.MD5.Available())
	fmt.Printf("%x\n", crypto.MD5.New().Sum(nil))
}
