// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	s := "ab"
	println([]byte(s) != nil, []byte(s)[0] == 'a', len([]rune(s))+1)
	println(string([]byte(s))+"c", map[string]int{"a": 1}["a"]*2, [2]int{3, 4}[1]-1)
	println(func() int { return 5 }()+1, struct{ x int }{7}.x*3)
}
