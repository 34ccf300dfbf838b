// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

func main() {
	words := []string{"alpha", "beta", "gamma", "delta"}
	count := 0
Words:
	for _, w := range words {
		for _, r := range w {
			if r == 'e' {
				continue Words
			}
			if r == 'g' {
				break Words
			}
		}
		count++
		println("no e:", w)
	}
	println(count)
	vowels := 0
	for _, r := range "programming language" {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	println(vowels)
}
