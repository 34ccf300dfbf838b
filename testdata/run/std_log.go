// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

type point struct{ X, Y int }

func helper(l *log.Logger, msg string) {
	l.Output(2, msg)
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("plain", 1, true, point{1, 2})
	log.Printf("formatted %d %q %v", 42, "quoted", []int{1, 2})
	log.Print("no newline")
	log.Print("has newline\n")
	log.Print("a", "b", 3, 4, "c")

	log.SetPrefix("app: ")
	log.Println("with prefix")
	fmt.Printf("%q %d\n", log.Prefix(), log.Flags())
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix after header")

	var buf bytes.Buffer
	l := log.New(&buf, "[buf] ", 0)
	l.Println("into a buffer")
	l.Printf("%05.1f|%-4s|%x", 3.14159, "ab", "hi")
	fmt.Print(buf.String())
	fmt.Println(l.Writer() == &buf, l.Prefix())

	out := log.New(os.Stdout, "", log.Lshortfile)
	out.Println("with a short file")
	out.SetPrefix("pfx ")
	out.Printf("line %d", 2)
	helper(out, "from the caller of helper")
	out.SetFlags(log.Lshortfile | log.Lmsgprefix)
	out.Print("msgprefix and file")
	fmt.Println(strings.Contains(buf.String(), "buffer"))

	errLog := log.New(os.Stderr, "stderr: ", 0)
	errLog.Println("to standard error")

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		log.Panicf("panic %s", "now")
	}()
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		log.Panicln("panic", "ln")
	}()

	// Time-stamped flags print the time: only check that they work.
	var tb bytes.Buffer
	tl := log.New(&tb, "T ", log.LstdFlags|log.Lmicroseconds|log.LUTC)
	tl.Println("stamped")
	fmt.Println(len(tb.String()) == len("T 2006/01/02 15:04:05.000000 stamped\n"), strings.HasSuffix(tb.String(), " stamped\n"))

	log.SetOutput(os.Stdout)
	log.SetPrefix("")
	log.SetFlags(0)
	log.Fatalf("fatal: %v", "goodbye")
	fmt.Println("not reached")
}
