// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"fmt"
	"os"
)

func main() {
	v, ok := os.LookupEnv("HOME")
	fmt.Println(len(os.Environ()) >= 0, os.Getenv("NOPE_NOT_SET") == "", v == "" || ok)
	fmt.Println(os.Args[0] != "")
}
