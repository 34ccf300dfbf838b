package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
)

func main() {
	m := hmac.New(sha256.New, []byte("key"))
	m.Write([]byte("message"))
	os.Stdout.WriteString(hex.EncodeToString(m.Sum(nil)) + "\n")
}
