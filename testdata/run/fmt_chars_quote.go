// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

func main() {
	fmt.Printf("%c%c%c %c %c\n", 'G', 'o', '!', 0x4E16, 0x1F600)
	fmt.Printf("%q %q %q %q %q %q\n", 'a', '\n', '\'', '"', 0x7f, 0x10FFFF+1)
	fmt.Printf("%U %U %#U %#U\n", 'a', 0x1F600, 'é', -1)
	fmt.Printf("%q\n", "tab\there \"quoted\" back\\slash \x01 \u00e9 \u2028")
	fmt.Printf("%+q\n", "café ☕")
	fmt.Printf("%q %+q\n", "\xff\xfe", "\xe2\x82")
	fmt.Printf("%s %v %q\n", []byte("bytes"), []byte("ab"), []byte("q\n"))
	fmt.Printf("%q %v %d\n", []string{"a b", "c"}, []rune("hé"), []rune("hi"))
	fmt.Printf("%q\n", []rune("hi"))
	fmt.Printf("%c|%5c|%-5c|\n", 'x', 'y', 'z')
	fmt.Printf("%x %X % x %#x\n", "héllo", "abc", "héllo", "")
	fmt.Printf("%s %10s|%-10s|\n", "日本語", "日本語", "日本語")
	fmt.Printf("%.1s|%.2q|%5.1q|\n", "日本語", "日本語", "abc")
	fmt.Printf("%c %c\n", -1, 0xD800)
	fmt.Printf("%q %q\n", rune(0xD800), int64(-5))
	fmt.Printf("%v %d %c\n", 'A', 'A', 65)
}
