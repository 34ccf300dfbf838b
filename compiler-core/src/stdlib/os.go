// Package os: Exit, Args, the environment, the standard streams, files and directories as
// WASI provides them.
package os

import (
	"errors"
	"io"
	"runtime"
)

// Args holds the command-line arguments, starting with the program name.
var Args = runtime.Args()

// Exit ends the program at once with the given status; deferred calls do not run.
func Exit(code int) {
	runtime.Exit(int32(code))
}

// A File is an open file descriptor: the standard streams, or a file or directory opened
// through WASI (os_file.go).
type File struct {
	fd   int32
	name string
	// Where reading a directory goes on (WASI's dirent cookie).
	cookie uint64
}

var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

func (f *File) Name() string {
	return f.name
}

func (f *File) Fd() uintptr {
	return uintptr(f.fd)
}

// Read reads up to len(b) bytes; at the end of the input it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := runtime.ReadFd(f.fd, b)
	if errno != 0 {
		return 0, errors.New("read " + f.name + ": " + errnoText(errno))
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// errnoText is the text of gc's syscall.Errno on wasip1 for the errors reading can meet.
func errnoText(errno int32) string {
	switch errno {
	case 8:
		return "Bad file number"
	case 52:
		return "Not implemented on wasip1"
	}
	return "errno " + itoa(int(errno))
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func (f *File) Write(b []byte) (n int, err error) {
	runtime.WriteFd(f.fd, b)
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Environ returns a copy of the environment, as key=value strings.
func Environ() []string {
	return append([]string(nil), runtime.Environ()...)
}

// Getenv returns the value of the environment variable key ("" when unset).
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) {
	for _, kv := range runtime.Environ() {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}
