package main

import (
	"bytes"
	"os"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello, ")
	b.Write([]byte("buffer"))
	b.WriteByte('\n')
	b.WriteTo(os.Stdout)
}
