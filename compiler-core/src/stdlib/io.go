// Package io: the Reader and Writer interfaces, the errors every reader shares, and the
// helpers programs use with fmt.Fprint* and strings.Builder.
package io

import "errors"

// Reader is the interface that wraps the basic Read method.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// StringWriter is implemented by writers with a WriteString method.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// ByteWriter is implemented by writers with a WriteByte method.
type ByteWriter interface {
	WriteByte(c byte) error
}

// ReadWriter groups Read and Write.
type ReadWriter interface {
	Reader
	Writer
}

// EOF is the error Read returns when no more input is available.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means that EOF was met in the middle of reading a fixed-size block.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite means that a write accepted fewer bytes than requested.
var ErrShortWrite = errors.New("short write")

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// Discard is a Writer on which all Write calls succeed without doing anything.
var Discard Writer = discard{}

// WriteString writes s to w, through its WriteString method when it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAll reads from r until EOF and returns what it read; EOF is not an error.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// ReadFull reads exactly len(buf) bytes from r.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	for n < len(buf) && err == nil {
		var nn int
		nn, err = r.Read(buf[n:])
		n += nn
	}
	if n >= len(buf) {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return
}

// Copy copies from src to dst until EOF or an error.
func Copy(dst Writer, src Reader) (written int64, err error) {
	buf := make([]byte, 512)
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[:nr])
			written += int64(nw)
			if ew != nil {
				return written, ew
			}
			if nw != nr {
				return written, ErrShortWrite
			}
		}
		if er != nil {
			if er != EOF {
				err = er
			}
			return written, err
		}
	}
}
