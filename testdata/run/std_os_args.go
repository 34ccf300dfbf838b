// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
// gowasm: args=-name gopher -n=3 -v rest -- -x env=HOME=/home/gopher GREETING=hello=world EMPTY=

package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	fmt.Println(strings.HasSuffix(os.Args[0], ".wasm"))
	name := flag.String("name", "world", "who")
	n := flag.Int("n", 1, "count")
	v := flag.Bool("v", false, "verbose")
	flag.Parse()
	fmt.Println(*name, *n, *v, flag.NArg(), flag.Args(), flag.NFlag())

	fmt.Printf("%q %q %q\n", os.Getenv("HOME"), os.Getenv("GREETING"), os.Getenv("MISSING"))
	for _, k := range []string{"EMPTY", "MISSING", "HOME"} {
		val, ok := os.LookupEnv(k)
		fmt.Printf("%s=%q %v\n", k, val, ok)
	}
	env := os.Environ()
	slices.Sort(env)
	fmt.Println(len(env), env)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "%s says %s\n", *name, os.Getenv("GREETING"))
	os.Stdout.WriteString("written\n")
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	defer fmt.Println("deferred calls do not run on os.Exit")
	os.Exit(3)
}
