// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
)

// sign is how web services sign a request: HMAC-SHA256 over the message, in hex.
func sign(key, msg string) string {
	m := hmac.New(sha256.New, []byte(key))
	io.WriteString(m, msg)
	return hex.EncodeToString(m.Sum(nil))
}

func main() {
	fmt.Println(sign("key", "The quick brown fox jumps over the lazy dog"))
	fmt.Println(sign("", ""))
	// A key longer than the block size is hashed first.
	long := string(make([]byte, 131))
	fmt.Println(sign(long, "Test Using Larger Than Block-Size Key - Hash Key First"))

	mac := hmac.New(sha256.New, []byte("secret"))
	fmt.Println(mac.Size(), mac.BlockSize())
	mac.Write([]byte("part one, "))
	mac.Write([]byte("part two"))
	sum := mac.Sum(nil)
	fmt.Println(base64.StdEncoding.EncodeToString(sum))
	mac.Reset()
	mac.Write([]byte("part one, part two"))
	again := mac.Sum(nil)
	fmt.Println(hmac.Equal(sum, again), hmac.Equal(sum, again[:31]), hmac.Equal(sum, make([]byte, 32)))

	for _, m := range []struct {
		name string
		mac  func() []byte
	}{
		{"md5", func() []byte { h := hmac.New(md5.New, []byte("key")); h.Write([]byte("msg")); return h.Sum(nil) }},
		{"sha1", func() []byte { h := hmac.New(sha1.New, []byte("key")); h.Write([]byte("msg")); return h.Sum(nil) }},
		{"sha224", func() []byte { h := hmac.New(sha256.New224, []byte("key")); h.Write([]byte("msg")); return h.Sum(nil) }},
		{"sha512", func() []byte { h := hmac.New(sha512.New, []byte("key")); h.Write([]byte("msg")); return h.Sum(nil) }},
	} {
		fmt.Printf("%-6s %x\n", m.name, m.mac())
	}
	fmt.Printf("%x\n", sha512.Sum512([]byte("abc")))
	fmt.Printf("%x\n", sha512.Sum384([]byte("abc")))
	fmt.Printf("%x\n", sha512.Sum512_256([]byte("abc")))

	fmt.Println(subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")), subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")), subtle.ConstantTimeCompare([]byte("ab"), []byte("abc")))
	fmt.Println(subtle.ConstantTimeByteEq(7, 7), subtle.ConstantTimeEq(3, 4), subtle.ConstantTimeSelect(1, 10, 20), subtle.ConstantTimeLessOrEq(2, 5))
	dst := make([]byte, 5)
	n := subtle.XORBytes(dst, []byte("hello"), []byte{1, 2, 3, 4, 5, 6})
	fmt.Println(n, dst)
	x := []byte{1, 2, 3}
	subtle.ConstantTimeCopy(1, x, []byte{9, 8, 7})
	fmt.Println(x)
	subtle.WithDataIndependentTiming(func() { fmt.Println("timing-independent") })
}
