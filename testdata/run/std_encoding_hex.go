// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"encoding/hex"
	"fmt"
	"os"
)

func main() {
	src := []byte("Hello Gopher!")
	dst := make([]byte, hex.EncodedLen(len(src)))
	hex.Encode(dst, src)
	fmt.Printf("%s\n", dst)
	s := hex.EncodeToString([]byte{0xde, 0xad, 0xbe, 0xef})
	fmt.Println(s, hex.AppendEncode([]byte("0x"), []byte{1, 2}))
	b, err := hex.DecodeString("48656c6c6f")
	fmt.Printf("%s %v\n", b, err)
	_, err = hex.DecodeString("48656c6c6")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("A string of forty bytes, for hex.Dump!!")))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Close()
	out, err := hex.AppendDecode(nil, []byte("6869"))
	fmt.Println(string(out), err)
}
