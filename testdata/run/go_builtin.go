// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "time"

func main() {
	x := 1
	go println("go println", x, "two")
	x = 2
	go print("go print ", x, "\n")
	ch := make(chan int)
	go close(ch)
	_, ok := <-ch
	println("closed:", !ok)
	m := map[string]int{"a": 1, "b": 2}
	go delete(m, "a")
	dst := make([]int, 3)
	src := []int{7, 8, 9}
	go copy(dst, src)
	go clear(src)
	go recover()
	time.Sleep(time.Millisecond)
	println(len(m), dst[0], dst[2], src[1])
	s := "str"
	go println(s[1:], len(s), 1.5, true, nil == m)
	time.Sleep(time.Millisecond)
	go panic("from a go statement")
	time.Sleep(time.Second)
}
