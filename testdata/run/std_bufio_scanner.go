// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("first line\nsecond line\n\nlast without newline"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	words := bufio.NewScanner(strings.NewReader("  count these\twords\n please "))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
		fmt.Print(words.Text(), "|")
	}
	fmt.Println(n)
	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print(runes.Text(), " ")
	}
	fmt.Println()
	in := bufio.NewScanner(os.Stdin)
	lines := 0
	for in.Scan() {
		lines++
	}
	fmt.Println("stdin lines:", lines, in.Err())
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	long.Buffer(make([]byte, 10), 20)
	fmt.Println(long.Scan(), long.Err())
}
