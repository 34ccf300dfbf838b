// Command rename gives every package-level name of a generated program a per-program prefix,
// so that many programs fit in one package: `rename SEED IN OUT [SEED IN OUT]...` writes
// each program IN, renamed for SEED, to OUT; a program that does not parse is reported on
// stderr and gets no OUT (the exit code is then 1).
//
// A name N becomes QzSEED_N when it is exported and qzSEED_N when not (so what fmt and
// the method sets see stays as it was); `main` becomes qzSEED_main. Only identifiers that
// resolve to the file's package scope change, plus the implicit field names of embedded
// package types (in selectors and composite-literal keys). Offsets in the text are kept, so
// the program keeps its line numbers.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"sort"
	"unicode"
	"unicode/utf8"
)

func main() {
	args := os.Args[1:]
	if len(args) == 0 || len(args)%3 != 0 {
		fmt.Fprintln(os.Stderr, "usage: rename SEED IN OUT [SEED IN OUT]...")
		os.Exit(2)
	}
	code := 0
	for i := 0; i < len(args); i += 3 {
		if err := renameFile(args[i], args[i+1], args[i+2]); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", args[i+1], err)
			code = 1
		}
	}
	os.Exit(code)
}

func renameFile(seed, in, out string) error {
	src, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	text, err := rename(seed, src)
	if err != nil {
		return err
	}
	return os.WriteFile(out, text, 0o644)
}

func rename(seed string, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	top := f.Scope
	embedded := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if st, ok := n.(*ast.StructType); ok {
			for _, fld := range st.Fields.List {
				if len(fld.Names) == 0 {
					if id := typeName(fld.Type); id != nil && top.Lookup(id.Name) != nil {
						embedded[id.Name] = true
					}
				}
			}
		}
		return true
	})
	var at []int
	mark := func(id *ast.Ident) { at = append(at, fset.Position(id.Pos()).Offset) }
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			if x.Recv == nil {
				mark(x.Name)
			}
		case *ast.SelectorExpr:
			if embedded[x.Sel.Name] {
				mark(x.Sel)
			}
		case *ast.KeyValueExpr:
			if id, ok := x.Key.(*ast.Ident); ok && embedded[id.Name] && id.Obj == nil {
				mark(id)
			}
		case *ast.Ident:
			if x.Obj != nil && top.Lookup(x.Name) == x.Obj {
				mark(x)
			}
		}
		return true
	})
	sort.Ints(at)
	var out bytes.Buffer
	last := 0
	for i, off := range at {
		if i > 0 && at[i-1] == off {
			continue
		}
		out.Write(src[last:off])
		r, _ := utf8.DecodeRune(src[off:])
		if unicode.IsUpper(r) {
			out.WriteString("Qz" + seed + "_")
		} else {
			out.WriteString("qz" + seed + "_")
		}
		last = off
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// typeName is the type name of an embedded field (T, *T, T[A]).
func typeName(e ast.Expr) *ast.Ident {
	switch x := e.(type) {
	case *ast.Ident:
		return x
	case *ast.StarExpr:
		return typeName(x.X)
	case *ast.IndexExpr:
		return typeName(x.X)
	case *ast.IndexListExpr:
		return typeName(x.X)
	}
	return nil
}
