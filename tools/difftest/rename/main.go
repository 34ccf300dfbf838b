// Command rename gives every package-level name of a generated program a per-program prefix,
// so that many programs fit in one package: `rename SEED < prog.go > prog_SEED.go`.
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
	"io"
	"os"
	"sort"
	"unicode"
	"unicode/utf8"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: rename SEED < prog.go")
		os.Exit(2)
	}
	seed := os.Args[1]
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
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
	os.Stdout.Write(out.Bytes())
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
