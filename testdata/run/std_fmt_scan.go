// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Celsius float64

type Level int8

type Name []byte

// Pair scans itself as "a:b".
type Pair struct{ A, B string }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	a, b, ok := strings.Cut(string(tok), ":")
	if !ok {
		return fmt.Errorf("pair %q has no colon", tok)
	}
	p.A, p.B = a, b
	return nil
}

func main() {
	var (
		i  int
		s  string
		f  float64
		b  bool
		c  complex128
		u8 uint8
	)
	n, err := fmt.Sscan("42 hello 3.5e2 true (1+2i) 255", &i, &s, &f, &b, &c, &u8)
	fmt.Println(n, err, i, s, f, b, c, u8)

	n, err = fmt.Sscan("1\n\n2", &i, &u8)
	fmt.Println(n, err, i, u8)
	n, err = fmt.Sscanln("7 8\n9", &i, &u8)
	fmt.Println(n, err, i, u8)
	n, err = fmt.Sscanln("7\n8", &i, &u8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err)

	var x, y int
	n, err = fmt.Sscanf("pos=12,-7 hex=ff", "pos=%d,%d hex=%x", &x, &y, &i)
	fmt.Println(n, err, x, y, i)
	var word string
	var r rune
	n, err = fmt.Sscanf("name:gopher r:Z 50%", "name:%s r:%c %d%%", &word, &r, &i)
	fmt.Println(n, err, word, string(r), i)
	n, err = fmt.Sscanf("5 apples", "%d oranges", &i)
	fmt.Println(n, err)
	var q string
	n, err = fmt.Sscanf(`"quoted \"text\"" 0b101 0o17 0x1F`, "%q %v %v %v", &q, &x, &y, &i)
	fmt.Println(n, err, q, x, y, i)

	var t Celsius
	var l Level
	var nm Name
	n, err = fmt.Sscan("36.6 -5 gopher", &t, &l, &nm)
	fmt.Println(n, err, t, l, string(nm))
	n, err = fmt.Sscan("200", &l)
	fmt.Println(n, err)

	var p Pair
	n, err = fmt.Sscan("key:value 9", &p, &i)
	fmt.Println(n, err, p.A, p.B, i)
	n, err = fmt.Sscan("novalue", &p)
	fmt.Println(n, err)

	var notPtr int
	n, err = fmt.Sscan("1", notPtr)
	fmt.Println(n, err)

	rd := bufio.NewReader(strings.NewReader("10 20\n30 40\n"))
	for {
		var a, b int
		n, err := fmt.Fscanln(rd, &a, &b)
		if err != nil {
			fmt.Println("stop:", n, err)
			break
		}
		fmt.Println("row", a+b)
	}
	sr := strings.NewReader("1.5 2.5 3.5")
	sum := 0.0
	for {
		var v float64
		if _, err := fmt.Fscan(sr, &v); err != nil {
			fmt.Println("end:", err)
			break
		}
		sum += v
	}
	fmt.Println(sum)
	var c64 complex64
	var f32 float32
	n, err = fmt.Fscanf(strings.NewReader("3-4i 0.1\n"), "%v %g\n", &c64, &f32)
	fmt.Println(n, err, c64, f32)
}
