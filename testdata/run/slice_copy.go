// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	println(n, dst[0], dst[1], dst[2])
	n = copy(src[1:], src)
	println(n, src[0], src[1], src[2], src[3], src[4])
	s := []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	println(n, s[0], s[1], s[2], s[3], s[4])
	b := make([]byte, 4)
	n = copy(b, "héllo")
	println(n, string(b))
	println(copy([]int{}, []int{1}), copy(make([]int, 2), []int(nil)))
}
