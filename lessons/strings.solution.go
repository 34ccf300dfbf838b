package main

//go:wasmexport count_bytes
func countBytes(s string) int32 {
	return int32(len(s))
}

//go:wasmexport count_runes
func countRunes(s string) int32 {
	n := int32(0)
	for range s {
		n++
	}
	return n
}

//go:wasmexport count_vowels
func countVowels(s string) int32 {
	n := int32(0)
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) {
			n++
		}
	}
	return n
}

// lesson:readonly
func isVowel(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// lesson:end

func main() {}
