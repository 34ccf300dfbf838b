// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type Base struct{ ID int }
type Named interface{ Name() string }
type Emb struct {
	*Base
	Named
	Tags []string
}

func main() {
	fmt.Println(time.Second, 1500*time.Millisecond, time.Duration(0), 90*time.Minute)
	fmt.Printf("%v %s %d %T\n", 2*time.Second, time.Microsecond, time.Millisecond, time.Second)
	for _, d := range []time.Duration{1, 999, 1001, -1500 * time.Microsecond, 61 * time.Second, 25*time.Hour + 100*time.Millisecond, -(1 << 63), 1<<63 - 1, 3 * time.Nanosecond} {
		fmt.Print(d, " ", d.Abs(), "; ")
	}
	fmt.Println()
	fmt.Printf("%10v|%-8s|%q\n", time.Minute, time.Hour, 1500*time.Millisecond)
	e := Emb{Base: &Base{1}, Tags: []string{"a"}}
	fmt.Printf("%+v\n", Emb{Tags: nil})
	fmt.Printf("%#v\n", Emb{})
	fmt.Println(e.ID, e.Tags)
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data), err)
	n, err := io.Copy(os.Stdout, strings.NewReader("copied\n"))
	fmt.Println(n, err)
	var sb strings.Builder
	r := strings.NewReplacer("a", "1", "b", "2", "", "-")
	r.WriteString(&sb, "abc")
	fmt.Println(sb.String(), r.Replace(""), strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err)
	fmt.Fprintln(io.Discard, "nothing")
	rd := strings.NewReader("héllo")
	for {
		c, size, err := rd.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(c), size, " ")
	}
	fmt.Printf("%6.2v|%-8q|%#-8x|%+.3e\n", "abc", "hi", 255, 12345.678)
	fmt.Printf("%v %v\n", [3]*int{}, struct{ F func() }{})
	fmt.Printf("%s %v\n", strings.Fields(" a b "), strings.Split("a,b", ","))
}
