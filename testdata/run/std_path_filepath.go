// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Join("", ""), filepath.Join("/", "x"))
	for _, p := range []string{"", ".", "/", "a//b/./c/..", "../../x", "/../x/", "x/y.tar.gz", "/etc/"} {
		dir, file := filepath.Split(p)
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q split=%q,%q abs=%v\n", p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), dir, file, filepath.IsAbs(p))
	}
	for _, c := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}, {".", "x/y"}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("rel %q %q = %q %v\n", c[0], c[1], r, err)
	}
	for _, m := range [][2]string{{"*.go", "main.go"}, {"a/*/c", "a/b/c"}, {"a/*/c", "a/b/x/c"}, {"[a-c]?", "b9"}, {"[^a-c]", "b"}, {"\\*", "*"}, {"[", "x"}} {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Println("match", m[0], m[1], ok, err)
	}
	fmt.Println(filepath.SplitList("/bin:/usr/bin::x"), len(filepath.SplitList("")))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a"), filepath.IsLocal("a/../b"), filepath.IsLocal("../b"))
	fmt.Println(strings.Join(strings.Split(filepath.Join("x", "y", "z"), string(filepath.Separator)), "|"), string(filepath.ListSeparator))
	l, err := filepath.Localize("a/b")
	fmt.Println(l, err)

	// The host preopens no directory: every file operation fails as gc's does there.
	abs, err := filepath.Abs("x/y")
	fmt.Println("abs", abs, err)
	wd, err := os.Getwd()
	fmt.Printf("getwd %q %v\n", wd, err)
	m, err := filepath.Glob("*.go")
	fmt.Println("glob", m, err)
	_, err = filepath.Glob("[")
	fmt.Println("glob", err)
	err = filepath.WalkDir("/data", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk", p, d, err)
		return err
	})
	fmt.Println("walkdir", err)
	err = filepath.Walk("rel", func(p string, info fs.FileInfo, err error) error {
		fmt.Println("walk", p, info, err)
		return nil
	})
	fmt.Println("walk", err)
	_, err = filepath.EvalSymlinks("/link")
	fmt.Println("evalsymlinks", err)
	_, err = os.ReadFile("notes.txt")
	var pe *fs.PathError
	fmt.Println("readfile", err, errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist))
	_, err = os.Stat("/etc/passwd")
	fmt.Println("stat", err)
	_, err = os.Lstat("a/b")
	fmt.Println("lstat", err)
	_, err = os.ReadDir(".")
	fmt.Println("readdir", err)
	_, err = os.Readlink("l")
	fmt.Println("readlink", err)
	_, err = os.Open("")
	fmt.Println("open", err)
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'), os.IsNotExist(err), os.IsExist(fs.ErrExist))
}
