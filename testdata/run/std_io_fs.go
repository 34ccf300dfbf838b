// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"
)

// memFS is a read-only file system held in a map of paths to contents; directories are
// implied by the paths.
type memFS map[string]string

type memFile struct {
	info memInfo
	r    *strings.Reader
	fs   memFS
	path string
	read bool
}

type memInfo struct {
	name string
	size int64
	dir  bool
}

func (i memInfo) Name() string { return i.name }
func (i memInfo) Size() int64  { return i.size }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}
func (i memInfo) ModTime() time.Time { return time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC) }
func (i memInfo) IsDir() bool        { return i.dir }
func (i memInfo) Sys() any           { return nil }

func (m memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if s, ok := m[name]; ok {
		return &memFile{info: memInfo{name: baseName(name), size: int64(len(s))}, r: strings.NewReader(s)}, nil
	}
	prefix := name + "/"
	if name == "." {
		prefix = ""
	}
	for p := range m {
		if strings.HasPrefix(p, prefix) {
			return &memFile{info: memInfo{name: baseName(name), dir: true}, fs: m, path: name}, nil
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func baseName(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[i+1:]
	}
	return p
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }
func (f *memFile) Read(b []byte) (int, error) {
	if f.info.dir {
		return 0, &fs.PathError{Op: "read", Path: f.path, Err: errors.New("is a directory")}
	}
	return f.r.Read(b)
}

func (f *memFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if f.read {
		return nil, io.EOF
	}
	f.read = true
	prefix := f.path + "/"
	if f.path == "." {
		prefix = ""
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	for p, s := range f.fs {
		if !strings.HasPrefix(p, prefix) {
			continue
		}
		rest := p[len(prefix):]
		name, _, sub := strings.Cut(rest, "/")
		if seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, fs.FileInfoToDirEntry(memInfo{name: name, size: int64(len(s)), dir: sub}))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

func main() {
	fsys := memFS{
		"readme.md":        "# hello\n",
		"src/main.go":      "package main\n",
		"src/util/util.go": "package util\n",
		"src/util/doc.txt": "docs",
		"data/a.json":      "{}",
	}
	b, err := fs.ReadFile(fsys, "src/main.go")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "nope.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = fs.ReadFile(fsys, "/abs")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))

	entries, err := fs.ReadDir(fsys, "src")
	for _, e := range entries {
		fmt.Println("entry", e.Name(), e.IsDir(), e.Type(), e)
	}
	fmt.Println(err)

	matches, err := fs.Glob(fsys, "src/*/*.go")
	fmt.Println(matches, err)
	matches, err = fs.Glob(fsys, "*")
	fmt.Println(matches, err)

	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "data" {
			fmt.Println("skip", p)
			return fs.SkipDir
		}
		fmt.Println("walk", p, d.IsDir())
		return nil
	})
	fmt.Println("walk done", err)

	sub, err := fs.Sub(fsys, "src")
	fmt.Println(err)
	b, err = fs.ReadFile(sub, "util/doc.txt")
	fmt.Printf("%q %v\n", b, err)
	info, err := fs.Stat(sub, "util")
	fmt.Println(info.Name(), info.IsDir(), info.Mode(), info.ModTime(), err)
	fmt.Println(fs.FormatFileInfo(info))
	info, _ = fs.Stat(fsys, "readme.md")
	fmt.Println(fs.FormatFileInfo(info))

	for _, p := range []string{".", "a/b", "a/../b", "/a", "a/", "", "a//b", "a/./b"} {
		fmt.Printf("valid %q %v\n", p, fs.ValidPath(p))
	}
	for _, m := range []fs.FileMode{0, 0o644, fs.ModeDir | 0o755, fs.ModeSymlink | 0o777, fs.ModeNamedPipe | fs.ModeSetuid | 0o600, fs.ModeType} {
		fmt.Println(m, m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	pe := &fs.PathError{Op: "read", Path: "x", Err: fs.ErrPermission}
	fmt.Println(pe, errors.Is(pe, fs.ErrPermission), pe.Unwrap() == fs.ErrPermission, pe.Timeout())
	fmt.Println(fs.ErrInvalid, fs.ErrExist, fs.ErrClosed, fs.SkipAll, fs.SkipDir)
}
