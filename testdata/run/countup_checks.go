// Loops counting an index up from a known least value: s[j-1] after s[j] needs no check where
// j >= 1, and each case below must still panic where gc does.
package main

func try(name string, f func()) {
	defer func() {
		println(name, recover().(error).Error())
	}()
	f()
}

func main() {
	s := []int{10, 20, 30, 40}
	sum := 0
	// In range: from 1, and from a checked index plus one.
	for j := 1; j < len(s); j++ {
		sum += s[j] - s[j-1]
	}
	i := 1
	_ = s[i]
	for j := i + 1; j < len(s); j++ {
		sum += s[j] + s[j-1]
	}
	println("sum", sum)
	// From 0: s[-1].
	try("from zero", func() {
		for j := 0; j < len(s); j++ {
			sum += s[j] + s[j-1]
		}
	})
	// From 1, reading two below: s[-1].
	try("two below", func() {
		for j := 1; j < len(s); j++ {
			sum += s[j] + s[j-2]
		}
	})
	// From a checked index 0 plus one, two below: s[-1].
	try("checked plus one", func() {
		i := 0
		_ = s[i]
		for j := i + 1; j < len(s); j++ {
			sum += s[j] + s[j-2]
		}
	})
	// Past the end: s[4], the check of s[j] stays.
	try("past the end", func() {
		for j := 1; j < len(s)+1; j++ {
			sum += s[j] + s[j-1]
		}
	})
	// The index also goes down inside the loop: s[-1].
	try("also down", func() {
		for j := 1; j < len(s); j++ {
			if j == 3 {
				j -= 3
			}
			sum += s[j] + s[j-1]
		}
	})
	println("sum", sum)
}
