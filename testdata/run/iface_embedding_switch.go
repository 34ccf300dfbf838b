// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct {
	name string
	data []string
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) int { f.data = append(f.data, s); return len(s) }

type Logger struct {
	Writer
	prefix string
}

func (l Logger) Log(s string) { l.Write(l.prefix + s) }

func classify(vals ...any) {
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			fmt.Println("nil")
		default:
			fmt.Printf("default %T\n", x)
		case ReadWriter:
			fmt.Println("rw", x.Read())
		case Reader:
			fmt.Println("reader only")
		case int, uint:
			if x == 0 {
				fmt.Println("zero")
				break
			}
			fmt.Println("int-ish", x)
		case error:
			fmt.Println("error", x)
		case func() int:
			fmt.Println("func", x())
		case []any:
			fmt.Println("nested")
			classify(x...)
		}
	}
}

type onlyReader struct{}

func (onlyReader) Read() string { return "r" }

func main() {
	f := &File{name: "f"}
	var rw ReadWriter = f
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok, w.Write("three"))
	l := Logger{f, "> "}
	l.Log("hi")
	fmt.Println(len(f.data), f.data)
	classify(nil, 0, uint(3), f, onlyReader{}, fmt.Errorf("e%d", 1), func() int { return 9 }, []any{1, "s"}, 2.5)
	var a, b any = f, f
	fmt.Println(a == b, a == any(&File{}), r == rw)
	type key struct {
		r Reader
		n int
	}
	k1, k2 := key{f, 1}, key{f, 1}
	fmt.Println(k1 == k2)
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
outer:
	switch v := any(5).(type) {
	case int:
		for i := 0; i < 3; i++ {
			if i == v-4 {
				break outer
			}
			fmt.Println("i", i)
		}
	}
	fmt.Println("done")
}
