// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	s := []byte{1, 2, 3, 4, 5}
	a := [4]byte(s)
	a[0] = 9
	println(a[0], a[3], s[0])
	p := (*[4]byte)(s)
	p[0] = 7
	println(s[0], len(p))
	p2 := (*[2]byte)(s[3:])
	println(p2[0], p2[1])
	var empty []int
	pe := (*[0]int)(empty)
	println(pe == nil)
	ae := [0]int(empty)
	println(len(ae))
	ne := (*[0]int)([]int{})
	println(ne != nil)
	type A4 [4]byte
	na := A4(s)
	println(na[1])
	defer func() {
		println(recover().(error).Error())
		_ = [3]int([]int{1})
	}()
	_ = (*[6]byte)(s)
}
