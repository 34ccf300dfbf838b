// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"fmt"
)

func main() {
	key, _ := hex.DecodeString("000102030405060708090a0b0c0d0e0f")
	block, err := aes.NewCipher(key)
	fmt.Println(err, block.BlockSize())
	// FIPS-197's example vector.
	in, _ := hex.DecodeString("00112233445566778899aabbccddeeff")
	out := make([]byte, 16)
	block.Encrypt(out, in)
	fmt.Printf("%x\n", out)
	back := make([]byte, 16)
	block.Decrypt(back, out)
	fmt.Printf("%x\n", back)
	_, err = aes.NewCipher(key[:5])
	fmt.Println(err)

	// AES-GCM with a fixed nonce: seal, open, and a tampered message.
	gcm, err := cipher.NewGCM(block)
	fmt.Println(err, gcm.NonceSize(), gcm.Overhead())
	nonce := make([]byte, gcm.NonceSize())
	sealed := gcm.Seal(nil, nonce, []byte("attack at dawn"), []byte("header"))
	fmt.Printf("%x\n", sealed)
	plain, err := gcm.Open(nil, nonce, sealed, []byte("header"))
	fmt.Printf("%q %v\n", plain, err)
	sealed[0] ^= 1
	_, err = gcm.Open(nil, nonce, sealed, []byte("header"))
	fmt.Println(err)

	// CTR and CBC over 256-bit keys.
	key32 := bytes.Repeat([]byte{7}, 32)
	b32, _ := aes.NewCipher(key32)
	iv := bytes.Repeat([]byte{1}, 16)
	msg := []byte("counter mode runs over any length of text")
	ct := make([]byte, len(msg))
	cipher.NewCTR(b32, iv).XORKeyStream(ct, msg)
	fmt.Printf("%x\n", ct)
	pt := make([]byte, len(ct))
	cipher.NewCTR(b32, iv).XORKeyStream(pt, ct)
	fmt.Println(string(pt))
	blocks := []byte("sixteen byte blksixteen byte blk")
	cbc := make([]byte, len(blocks))
	cipher.NewCBCEncrypter(b32, iv).CryptBlocks(cbc, blocks)
	fmt.Printf("%x\n", cbc)
	cipher.NewCBCDecrypter(b32, iv).CryptBlocks(cbc, cbc)
	fmt.Println(string(cbc))
}
