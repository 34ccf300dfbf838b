// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"regexp/syntax"
)

func main() {
	for _, src := range []string{`a+b*`, `(?i)abc|abd`, `[a-c]x?`, `^(foo|bar)+$`, `\d{2,3}`, `(?s).`} {
		re, err := syntax.Parse(src, syntax.Perl)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(re.String(), re.Op, re.MaxCap())
		s := re.Simplify()
		fmt.Println(" simplified:", s)
		prog, err := syntax.Compile(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		prefix, complete := prog.Prefix()
		fmt.Printf(" prefix=%q complete=%v insts=%d\n", prefix, complete, len(prog.Inst))
	}
	_, err := syntax.Parse(`a**`, syntax.Perl)
	fmt.Println(err)
	if e, ok := err.(*syntax.Error); ok {
		fmt.Println(e.Code, e.Expr)
	}
	prog, _ := syntax.Compile(must(syntax.Parse(`ab|c`, syntax.POSIX)))
	fmt.Print(prog.String())
}

func must(re *syntax.Regexp, err error) *syntax.Regexp {
	if err != nil {
		panic(err)
	}
	return re
}
