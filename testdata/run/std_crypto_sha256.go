// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"crypto"
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	fmt.Printf("%x\n", sha256.Sum256(nil))
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	sum := sha256.Sum256([]byte("The quick brown fox jumps over the lazy dog"))
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Println(sha256.Size, sha256.Size224, sha256.BlockSize)

	// Streaming writes of odd sizes give the one-shot sum.
	data := make([]byte, 1000)
	for i := range data {
		data[i] = byte(i*7 + i/13)
	}
	h := sha256.New()
	for i, n := 0, 1; i < len(data); n = n%67 + 3 {
		end := min(i+n, len(data))
		h.Write(data[i:end])
		i = end
	}
	whole := sha256.Sum256(data)
	fmt.Printf("%x %v\n", h.Sum(nil), string(h.Sum(nil)) == string(whole[:]))
	fmt.Println(h.Size(), h.BlockSize())
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))

	// Reset starts over; Sum does not change the state.
	h.Reset()
	io.WriteString(h, "abc")
	fmt.Printf("%x\n", h.Sum(nil))
	io.WriteString(h, "def")
	fmt.Printf("%x\n", h.Sum(nil))

	h224 := sha256.New224()
	io.Copy(h224, strings.NewReader(strings.Repeat("a", 1000)))
	fmt.Printf("%d %x\n", h224.Size(), h224.Sum(nil))

	// Block boundaries: 55, 56, 63, 64 and 65 bytes.
	for _, n := range []int{55, 56, 63, 64, 65, 119, 128} {
		s := sha256.Sum256([]byte(strings.Repeat("x", n)))
		fmt.Printf("%3d %s\n", n, hex.EncodeToString(s[:8]))
	}

	// The state saved half way and restored into a new hash continues the same sum.
	a := sha256.New()
	io.WriteString(a, "hello, ")
	state, err := a.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(len(state), err)
	b := sha256.New()
	err = b.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
	fmt.Println(err)
	io.WriteString(a, "world")
	io.WriteString(b, "world")
	fmt.Printf("%x\n%x\n", a.Sum(nil), b.Sum(nil))
	err = sha256.New224().(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
	fmt.Println(err)
	err = b.(encoding.BinaryUnmarshaler).UnmarshalBinary(state[:10])
	fmt.Println(err)
	more, err := a.(encoding.BinaryAppender).AppendBinary([]byte("x"))
	fmt.Println(len(more), more[0], err)

	var hh hash.Hash = sha256.New()
	fmt.Printf("%T %v %v\n", hh, crypto.SHA256.Available(), crypto.SHA256.Size())
	fmt.Println(crypto.SHA256, crypto.SHA224, crypto.SHA256.HashFunc() == crypto.SHA256)
	ch := crypto.SHA256.New()
	ch.Write([]byte("abc"))
	fmt.Printf("%x\n", ch.Sum(nil))
}
