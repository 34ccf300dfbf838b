// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Files and directories over WASI (our syscall), adapted from gc's os for wasip1: Open,
// Stat, Lstat, ReadFile, ReadDir, Readlink and Getwd, with gc's errors (*PathError).

package os

import (
	"internal/filepathlite"
	"io"
	"io/fs"
	"slices"
	"syscall"
	"time"
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
	DevNull           = "/dev/null"
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return PathSeparator == c }

type (
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	DirEntry  = fs.DirEntry
	PathError = fs.PathError
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// IsExist reports whether err says a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func underlyingErrorIs(err, target error) bool {
	if pe, ok := err.(*PathError); ok {
		err = pe.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// A fileStat is what Stat, Lstat and File.Stat return.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return &fs.sys }

func fillFileStatFromSys(fs *fileStat, name string) {
	fs.name = filepathlite.Base(name)
	fs.size = int64(fs.sys.Size)
	fs.modTime = time.Unix(0, int64(fs.sys.Mtime))
	fs.mode = modeOf(fs.sys.Filetype)
	// WASI has no permission bits; gc gives directories 0700 and files 0600.
	if fs.sys.Filetype == syscall.FILETYPE_DIRECTORY {
		fs.mode |= 0700
	} else {
		fs.mode |= 0600
	}
}

func modeOf(filetype uint8) FileMode {
	switch filetype {
	case syscall.FILETYPE_BLOCK_DEVICE:
		return ModeDevice
	case syscall.FILETYPE_CHARACTER_DEVICE:
		return ModeDevice | ModeCharDevice
	case syscall.FILETYPE_DIRECTORY:
		return ModeDir
	case syscall.FILETYPE_SOCKET_DGRAM, syscall.FILETYPE_SOCKET_STREAM:
		return ModeSocket
	case syscall.FILETYPE_SYMBOLIC_LINK:
		return ModeSymlink
	}
	return 0
}

// SameFile reports whether fi1 and fi2 describe the same file.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.sys.Dev == b.sys.Dev && a.sys.Ino == b.sys.Ino
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	var fs fileStat
	if err := syscall.Stat(name, &fs.sys); err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fillFileStatFromSys(&fs, name)
	return &fs, nil
}

// Lstat returns a FileInfo describing the named file, not following a symbolic link.
func Lstat(name string) (FileInfo, error) {
	var fs fileStat
	if err := syscall.Lstat(name, &fs.sys); err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	fillFileStatFromSys(&fs, name)
	return &fs, nil
}

// Getwd returns an absolute path name of the current directory ($PWD when it names ".").
func Getwd() (dir string, err error) {
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		dot, err := Stat(".")
		if err != nil {
			return "", err
		}
		d, err := Stat(dir)
		if err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	return syscall.Getwd()
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	fd, err := syscall.Open(name, syscall.O_RDONLY, 0)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	return &File{fd: int32(fd), name: name}, nil
}

// Close closes the File.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if err := syscall.Close(int(f.fd)); err != nil {
		return &PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var fs fileStat
	if err := syscall.Fstat(int(f.fd), &fs.sys); err != nil {
		return nil, &PathError{Op: "stat", Path: f.name, Err: err}
	}
	fillFileStatFromSys(&fs, f.name)
	return &fs, nil
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for n := 128; ; n *= 2 {
		b := make([]byte, n)
		m, err := syscall.Readlink(name, b)
		if err != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: err}
		}
		if m < n {
			return string(b[:m]), nil
		}
	}
}

// ReadDir reads the named directory, returning all its entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	slices.SortFunc(dirs, func(a, b DirEntry) int {
		if a.Name() < b.Name() {
			return -1
		}
		if a.Name() > b.Name() {
			return 1
		}
		return 0
	})
	return dirs, err
}

// A dirEntry is an entry of a directory read by File.ReadDir.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.parent + "/" + d.name) }
func (d *dirEntry) String() string          { return fs.FormatDirEntry(d) }

// entries reads the directory's remaining entries (WASI dirents: next cookie u64, inode
// u64, name length u32, type u8, then the name), at most n when n > 0.
func (f *File) entries(n int) ([]*dirEntry, error) {
	var out []*dirEntry
	buf := make([]byte, 8192)
	for n <= 0 || len(out) < n {
		got, err := syscall.ReadDir(int(f.fd), buf, f.cookie)
		if err != nil {
			return out, &PathError{Op: "readdirent", Path: f.name, Err: err}
		}
		if got == 0 {
			break
		}
		b := buf[:got]
		advanced := false
		for len(b) >= 24 && (n <= 0 || len(out) < n) {
			next := le64(b)
			namlen := int(uint32(b[16]) | uint32(b[17])<<8 | uint32(b[18])<<16 | uint32(b[19])<<24)
			if 24+namlen > len(b) {
				break
			}
			name := string(b[24 : 24+namlen])
			typ := b[20]
			b = b[24+namlen:]
			f.cookie = next
			advanced = true
			if name == "." || name == ".." {
				continue
			}
			out = append(out, &dirEntry{parent: f.name, name: name, typ: modeOf(typ)})
		}
		if !advanced || got < len(buf) && len(b) == 0 {
			break
		}
	}
	return out, nil
}

func le64(b []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// ReadDir reads the directory's contents in directory order: up to n entries when n > 0
// (io.EOF at the end), else all that remain.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	es, err := f.entries(n)
	dirs := make([]DirEntry, len(es))
	for i, e := range es {
		dirs[i] = e
	}
	if err == nil && n > 0 && len(dirs) == 0 {
		err = io.EOF
	}
	return dirs, err
}

// Readdirnames reads the names of the directory's entries, as ReadDir.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	es, err := f.entries(n)
	for _, e := range es {
		names = append(names, e.name)
	}
	if err == nil && n > 0 && len(names) == 0 {
		err = io.EOF
	}
	return names, err
}
