// Copyright 2023 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Files and directories through WASI, adapted from gc's syscall/fs_wasip1.go: paths are
// resolved against the working directory ($PWD, else the first preopened directory) and
// opened from the preopened directory holding them (none: fd -1, which the host refuses
// with EBADF, as gc's programs see under a host that preopens nothing).

package syscall

import (
	"internal/oserror"
	"unsafe"
)

// Is reports whether e stands for target (os.ErrNotExist and the others).
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

const (
	FILETYPE_UNKNOWN uint8 = iota
	FILETYPE_BLOCK_DEVICE
	FILETYPE_CHARACTER_DEVICE
	FILETYPE_DIRECTORY
	FILETYPE_REGULAR_FILE
	FILETYPE_SOCKET_DGRAM
	FILETYPE_SOCKET_STREAM
	FILETYPE_SYMBOLIC_LINK
)

// Stat_t begins as WASI's filestat, which path_filestat_get and fd_filestat_get write.
type Stat_t struct {
	Dev      uint64
	Ino      uint64
	Filetype uint8
	Nlink    uint64
	Size     uint64
	Atime    uint64
	Mtime    uint64
	Ctime    uint64

	Mode int

	// Uid and Gid are always zero on wasip1 platforms
	Uid uint32
	Gid uint32
}

const (
	lookupSymlinkFollow = 1
	oflagDirectory      = 2
	// The rights a directory may be opened with (gc's dirRights).
	dirRights = 1<<2 | 1<<3 | 1<<4 | 1<<9 | 1<<10 | 1<<11 | 1<<12 | 1<<13 | 1<<14 | 1<<15 | 1<<16 |
		1<<17 | 1<<18 | 1<<19 | 1<<20 | 1<<21 | 1<<23 | 1<<24 | 1<<25 | 1<<26
)

//go:wasmimport wasi_snapshot_preview1 path_filestat_get
func path_filestat_get(fd int32, flags uint32, path unsafe.Pointer, pathLen uint32, buf unsafe.Pointer) Errno

//go:wasmimport wasi_snapshot_preview1 fd_filestat_get
func fd_filestat_get(fd int32, buf unsafe.Pointer) Errno

//go:wasmimport wasi_snapshot_preview1 path_readlink
func path_readlink(fd int32, path unsafe.Pointer, pathLen uint32, buf unsafe.Pointer, bufLen uint32, nwritten unsafe.Pointer) Errno

//go:wasmimport wasi_snapshot_preview1 fd_readdir
func fd_readdir(fd int32, buf unsafe.Pointer, bufLen uint32, cookie uint64, nwritten unsafe.Pointer) Errno

// The working directory: $PWD made absolute, else the first preopened directory.
var cwd string

func appendCleanPath(buf []byte, path string, lookupParent bool) ([]byte, bool) {
	i := 0
	for i < len(path) {
		for i < len(path) && path[i] == '/' {
			i++
		}
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		s := path[i:j]
		i = j
		switch s {
		case "":
			continue
		case ".":
			continue
		case "..":
			if !lookupParent {
				k := len(buf)
				for k > 0 && buf[k-1] != '/' {
					k--
				}
				for k > 1 && buf[k-1] == '/' {
					k--
				}
				buf = buf[:k]
				if k == 0 {
					lookupParent = true
				} else {
					s = ""
					continue
				}
			}
		default:
			lookupParent = false
		}
		if len(buf) > 0 && buf[len(buf)-1] != '/' {
			buf = append(buf, '/')
		}
		buf = append(buf, s...)
	}
	return buf, lookupParent
}

// joinPath concatenates dir and file paths, cleaning the result.
func joinPath(dir, file string) string {
	buf := make([]byte, 0, len(dir)+len(file)+1)
	if isAbs(dir) {
		buf = append(buf, '/')
	}
	buf, lookupParent := appendCleanPath(buf, dir, false)
	buf, _ = appendCleanPath(buf, file, lookupParent)
	if len(buf) == 0 {
		buf = append(buf, '.')
	}
	if buf[len(buf)-1] != '/' && isDir(file) {
		buf = append(buf, '/')
	}
	return string(buf)
}

func isAbs(path string) bool { return len(path) > 0 && path[0] == '/' }

func isDir(path string) bool { return len(path) > 0 && path[len(path)-1] == '/' }

// preparePath returns the preopened directory to resolve path from and path relative to it.
func preparePath(path string) (int32, string) {
	if !preopensRead {
		readPreopens()
	}
	dirFd, dirName := int32(-1), ""
	dir := "/"
	if !isAbs(path) {
		dir = cwd
	}
	path = joinPath(dir, path)
	for _, p := range preopens {
		if len(p.name) > len(dirName) && len(path) >= len(p.name) && path[:len(p.name)] == p.name {
			dirFd, dirName = p.fd, p.name
		}
	}
	path = path[len(dirName):]
	for isAbs(path) {
		path = path[1:]
	}
	if len(path) == 0 {
		path = "."
	}
	return dirFd, path
}

// Open opens path for reading, as a directory when it is one.
func Open(path string, openmode int, perm uint32) (int, error) {
	if path == "" {
		return -1, EINVAL
	}
	if openmode != O_RDONLY {
		return -1, ENOSYS
	}
	dirFd, rel := preparePath(path)
	p := unsafe.Pointer(unsafe.StringData(rel))
	var fd int32
	errno := path_open(dirFd, lookupSymlinkFollow, p, uint32(len(rel)), 0, readFileRights, readFileRights, 0, unsafe.Pointer(&fd))
	if errno == EISDIR {
		// Hosts refuse a directory asked for a file's rights (gc retries the same way).
		errno = path_open(dirFd, lookupSymlinkFollow, p, uint32(len(rel)), oflagDirectory, readFileRights&dirRights, readFileRights, 0, unsafe.Pointer(&fd))
	}
	return int(fd), errnoErr(errno)
}

func setDefaultMode(st *Stat_t) {
	if st.Filetype == FILETYPE_DIRECTORY {
		st.Mode = 0700
	} else {
		st.Mode = 0600
	}
}

func Stat(path string, st *Stat_t) error {
	if path == "" {
		return EINVAL
	}
	dirFd, rel := preparePath(path)
	errno := path_filestat_get(dirFd, lookupSymlinkFollow, unsafe.Pointer(unsafe.StringData(rel)), uint32(len(rel)), unsafe.Pointer(st))
	setDefaultMode(st)
	return errnoErr(errno)
}

func Lstat(path string, st *Stat_t) error {
	if path == "" {
		return EINVAL
	}
	dirFd, rel := preparePath(path)
	errno := path_filestat_get(dirFd, 0, unsafe.Pointer(unsafe.StringData(rel)), uint32(len(rel)), unsafe.Pointer(st))
	setDefaultMode(st)
	return errnoErr(errno)
}

func Fstat(fd int, st *Stat_t) error {
	errno := fd_filestat_get(int32(fd), unsafe.Pointer(st))
	setDefaultMode(st)
	return errnoErr(errno)
}

func Readlink(path string, buf []byte) (n int, err error) {
	if path == "" {
		return 0, EINVAL
	}
	if len(buf) == 0 {
		return 0, nil
	}
	dirFd, rel := preparePath(path)
	var nwritten uint32
	errno := path_readlink(dirFd, unsafe.Pointer(unsafe.StringData(rel)), uint32(len(rel)), unsafe.Pointer(&buf[0]), uint32(len(buf)), unsafe.Pointer(&nwritten))
	return int(nwritten), errnoErr(errno)
}

// ReadDir reads directory entries (WASI dirents) from cookie on into buf.
func ReadDir(fd int, buf []byte, cookie uint64) (int, error) {
	var nwritten uint32
	errno := fd_readdir(int32(fd), unsafe.Pointer(&buf[0]), uint32(len(buf)), cookie, unsafe.Pointer(&nwritten))
	return int(nwritten), errnoErr(errno)
}

func Getwd() (string, error) {
	if !preopensRead {
		readPreopens()
	}
	return cwd, nil
}
