package main

import (
	"bufio"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one\ntwo\nthree\n"))
	n := 0
	for sc.Scan() {
		n += len(sc.Text())
	}
	println(n)
}
