// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "strconv"

func uq(s string) {
	r, err := strconv.Unquote(s)
	if err != nil {
		println(s, "->", err.Error())
		return
	}
	println(s, "->", strconv.QuoteToASCII(r), len(r))
}

func main() {
	uq(`"hello"`)
	uq(`"tab\tnl\n"`)
	uq(`"\x41\101\u00e9\U0001F600"`)
	uq(`'a'`)
	uq(`'☺'`)
	uq(`'\''`)
	uq(`'ab'`)
	uq(`''`)
	uq("`raw \\n string`")
	uq(`"unterminated`)
	uq(`"bad \q escape"`)
	uq(`"it's"`)
	uq(`'"'`)
	uq(`"\'"`)
	uq(`noquotes`)
	uq(`"\xff"`)
	uq(`"\400"`)
	uq(`"\uD800"`)
	uq("\"line\nbreak\"")
	uq(`"a\"b"`)
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	println(v, mb, tail, err == nil)
}
