// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Writer interface{ Write(s string) int }

type Console struct{ written int }

func (c *Console) Write(s string) int {
	println("console:", s)
	c.written += len(s)
	return len(s)
}

type Prefixed struct {
	Writer
	prefix string
}

func (p Prefixed) Write(s string) int { return p.Writer.Write(p.prefix + s) }

type Counting struct {
	Writer
	calls int
}

func main() {
	c := &Console{}
	var w Writer = Prefixed{c, "> "}
	w.Write("hello")
	cw := &Counting{Writer: w}
	cw.Write("world")
	cw.calls++
	println(c.written, cw.calls)
	var nilEmbed Counting
	defer func() {
		println("recovered:", recover() != nil)
	}()
	nilEmbed.Write("boom")
}
