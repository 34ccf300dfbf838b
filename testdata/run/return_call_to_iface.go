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

// The same with deferred calls, which set the results before running them.
func withDefer(key []byte) (s fmt.Stringer, err error) {
	defer func() { fmt.Println("deferred:", s, err) }()
	return newBlock(key)
}

func count(yield func(int) bool) {
	for i := 1; i <= 3; i++ {
		if !yield(i) {
			return
		}
	}
}

// The same from the body of a range over a function.
func fromRange(key []byte) (fmt.Stringer, error) {
	for i := range count {
		if i == 2 {
			return newBlock(key[:i])
		}
	}
	return nil, nil
}

func main() {
	fmt.Println(NewCipher(make([]byte, 16)))
	s, err := NewCipher(nil)
	// s holds a nil *Block: not a nil interface.
	fmt.Println(s == nil, err)
	fmt.Printf("%T\n", s)
	fmt.Println(withDefer(make([]byte, 4)))
	fmt.Println(fromRange(make([]byte, 8)))
}
