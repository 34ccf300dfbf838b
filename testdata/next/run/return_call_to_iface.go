// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Block struct{ n int }

func (b *Block) String() string { return fmt.Sprint("block ", b.n) }

func newBlock(key []byte) (*Block, error) {
	if len(key) == 0 {
		return nil, fmt.Errorf("empty")
	}
	return &Block{len(key)}, nil
}

// A multi-value call returned as is, its first result converted to an interface (crypto/aes's
// NewCipher returns crypto/internal/fips140/aes.New's *Block as a cipher.Block this way).
func NewCipher(key []byte) (fmt.Stringer, error) {
	return newBlock(key)
}

func main() {
	fmt.Println(NewCipher(make([]byte, 16)))
	fmt.Println(NewCipher(nil))
}
