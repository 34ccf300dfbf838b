// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	p := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3; i++ {
		fmt.Print(p.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(p.IntN(100), p.Int64N(1<<40), p.Uint32(), p.Float64(), p.Perm(8))
	s := []string{"a", "b", "c", "d", "e"}
	p.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, p.NormFloat64(), p.ExpFloat64(), p.Int32N(7), p.UintN(9))
	var seed [32]byte
	copy(seed[:], "chacha8 seed for the playground")
	c := rand.New(rand.NewChaCha8(seed))
	for i := 0; i < 3; i++ {
		fmt.Print(c.Uint64(), " ")
	}
	fmt.Println()
	for i := 0; i < 40; i++ {
		fmt.Print(c.IntN(10))
	}
	fmt.Println()
	ch := rand.NewChaCha8(seed)
	buf := make([]byte, 12)
	ch.Read(buf)
	fmt.Println(buf)
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	n := rand.IntN(10)
	fmt.Println(n >= 0 && n < 10, rand.N(int64(5)) < 5)
}
