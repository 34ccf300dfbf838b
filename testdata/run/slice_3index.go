// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	println(len(s), cap(s), s[0], s[2])
	s = s[:cap(s)]
	println(len(s), s[4])
	t := s[1:3:4]
	println(len(t), cap(t))
	t = append(t, 100)
	println(arr[6])
	t = append(t, 200)
	t[0] = -1
	println(arr[3], arr[7], t[0], len(t), cap(t) >= 5)
	u := arr[:0:0]
	u = append(u, 1)
	println(arr[0], u[0])
}
