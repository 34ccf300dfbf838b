// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

const text = `the quick brown fox jumps over the lazy dog the dog barks
and the fox runs quick quick`

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func main() {
	freq := map[string]int{}
	ws := words(text)
	for _, w := range ws {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && (freq[keys[j]] > freq[keys[j-1]] || freq[keys[j]] == freq[keys[j-1]] && keys[j] < keys[j-1]); j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	println(len(ws), len(keys))
	for _, k := range keys[:5] {
		println(k, freq[k])
	}
}
