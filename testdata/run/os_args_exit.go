// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"os"
	"strconv"
)

func main() {
	if len(os.Args) < 1 {
		println("no program name")
	}
	for i := 1; i < len(os.Args); i++ {
		println("arg", i, os.Args[i])
	}
	os.Stdout.WriteString("args: " + strconv.Itoa(len(os.Args)-1) + "\n")
	os.Stderr.WriteString("exiting with 7\n")
	os.Exit(7)
}
