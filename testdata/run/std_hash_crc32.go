// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"hash/crc32"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(data))
	for _, poly := range []uint32{crc32.IEEE, crc32.Castagnoli, crc32.Koopman} {
		t := crc32.MakeTable(poly)
		fmt.Printf("%08x %08x\n", crc32.Checksum(data, t), crc32.Update(crc32.Checksum(data[:9], t), t, data[9:]))
	}
	h := crc32.NewIEEE()
	h.Write(data[:5])
	h.Write(data[5:])
	fmt.Printf("%d %d %x %x\n", h.Size(), h.BlockSize(), h.Sum32(), h.Sum([]byte("x")))
	big := make([]byte, 5000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(big))
	fmt.Printf("%08x\n", crc32.Checksum(big, crc32.MakeTable(crc32.Castagnoli)))
}
