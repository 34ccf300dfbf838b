// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	println(a[3], b[3], len(base), cap(a))
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	println(c[3], d[3], cap(full))
	arr := [5]int{0, 1, 2, 3, 4}
	s := arr[1:3]
	s[0] = 10
	println(arr[1], len(s), cap(s))
	s = append(s, 20)
	println(arr[3])
	t := arr[1:2:2]
	t = append(t, 30)
	t[0] = 99
	println(arr[1], arr[2], t[0], t[1], len(t), cap(t))
	u := s[1:4]
	println(u[0], u[1], u[2], len(u), cap(u))
}
