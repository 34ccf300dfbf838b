// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/fnv"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	hs := []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a(), adler32.New()}
	for _, h := range hs {
		h.Write(data[:10])
		h.Write(data[10:])
		fmt.Printf("%d %d %x\n", h.Size(), h.BlockSize(), h.Sum(nil))
		h.Reset()
		fmt.Printf("%x\n", h.Sum([]byte{0xff}))
	}
	h32 := fnv.New32a()
	h32.Write([]byte("hello"))
	fmt.Println(h32.Sum32(), adler32.Checksum([]byte("Wikipedia")))
	h64 := fnv.New64()
	h64.Write([]byte("hello"))
	fmt.Println(h64.Sum64())
}
