// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func Total[S ~[]E, E ~int](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Bytes[T ~string | ~[]byte](x T) int {
	n := 0
	for i := 0; i < len(x); i++ {
		if x[i] == 'a' {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(Total([]int{1, 2, 3}), Total([]int{4, 5, 6, 7}))
	fmt.Println(Bytes("banana"), Bytes([]byte("aardvark")))
}
