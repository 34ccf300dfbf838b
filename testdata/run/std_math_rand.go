// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int(), r.Intn(100), r.Int63(), r.Uint32(), r.Int31n(1000), r.Float64())
	fmt.Println(r.Perm(6), r.NormFloat64(), r.ExpFloat64(), r.Uint64(), r.Int63n(1<<40))
	s := []int{1, 2, 3, 4, 5, 6}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	buf := make([]byte, 5)
	r.Read(buf)
	fmt.Println(s, buf)
	src := rand.NewSource(7)
	src.Seed(7)
	fmt.Println(src.Int63(), rand.New(src).Intn(9))
	z := rand.NewZipf(rand.New(rand.NewSource(1)), 2, 1, 50)
	fmt.Println(z.Uint64(), z.Uint64())
	n := rand.Intn(10)
	fmt.Println(n >= 0 && n < 10)
}
