// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"encoding/base32"
	"encoding/base64"
	"fmt"
	"os"
	"strings"
)

func main() {
	msg := []byte("any + old & data?>")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString(msg)
		back, err := enc.DecodeString(s)
		fmt.Println(s, string(back), err, enc.EncodedLen(len(msg)), enc.DecodedLen(len(s)))
	}
	_, err := base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	w := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	w.Write([]byte("streamed "))
	w.Write([]byte("data"))
	w.Close()
	fmt.Println()
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVsbG8gd29ybGQ="))
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println(base64.StdEncoding.WithPadding('*').EncodeToString([]byte("ab")))
	fmt.Println(base32.StdEncoding.EncodeToString(msg), base32.HexEncoding.EncodeToString([]byte("f")))
	b, err := base32.StdEncoding.DecodeString("MZXW6YTBOI======")
	fmt.Println(string(b), err)
	_, err = base32.StdEncoding.DecodeString("MZXW6YT!")
	fmt.Println(err, base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("foob")))
}
