// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// Objects of 320 to 2040 bytes (the allocator's larger size classes) must not overlap,
// with or without pointers, across collections.
type Block struct {
	Ptrs [100]*int
	Next *Block
}

func main() {
	var blocks []*Block
	var arrays [][]int
	for i := 0; i < 3000; i++ {
		b := &Block{}
		for j := range b.Ptrs {
			v := i*100 + j
			b.Ptrs[j] = &v
		}
		if len(blocks) > 0 {
			b.Next = blocks[len(blocks)-1]
		}
		blocks = append(blocks, b)
		a := make([]int, 45+i%200)
		for j := range a {
			a[j] = i
		}
		arrays = append(arrays, a)
		if len(blocks) > 50 {
			blocks = blocks[1:]
			arrays = arrays[1:]
		}
		_ = make([]byte, 1000)
	}
	bad := 0
	for k, b := range blocks {
		i := 3000 - len(blocks) + k
		for j, p := range b.Ptrs {
			if *p != i*100+j {
				bad++
			}
		}
		for _, x := range arrays[k] {
			if x != i {
				bad++
			}
		}
	}
	n := 0
	for b := blocks[len(blocks)-1]; b != nil; b = b.Next {
		n++
	}
	println(len(blocks), bad, n)
}
