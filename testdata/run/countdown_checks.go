// Loops counting an index down: where the index stays in range the checks may go, and
// each case below must still panic where gc does.
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
	// In range: from a checked index down to 2, reading s[j], s[j-1] and s[j-2].
	_ = s[3]
	for j := 3; j >= 2; j-- {
		sum += s[j] + s[j-1] + s[j-2]
	}
	println("sum", sum)
	// Down to 1, reading two below: s[-1] at j == 1.
	try("two below", func() {
		i := 3
		_ = s[i]
		for j := i; j >= 1; j-- {
			sum += s[j-2]
		}
	})
	// The start was never checked: s[4].
	try("unchecked start", func() {
		for j := len(s); j >= 1; j-- {
			sum += s[j]
		}
	})
	// The slice shrinks inside the loop: s[3] with length 3.
	try("shrinking", func() {
		t := s
		i := 3
		_ = t[i]
		for j := i; j >= 0; j-- {
			t = t[:len(t)-1]
			sum += t[j]
		}
	})
	// The index also goes up inside the loop: s[6].
	try("also up", func() {
		i := 3
		_ = s[i]
		for j := i; j >= 0; j-- {
			if j == 1 {
				j += 5
			}
			sum += s[j]
		}
	})
	// Checked against s, indexing the shorter u: u[3] with length 2.
	try("other slice", func() {
		u := s[:2]
		_ = s[3]
		for j := 3; j >= 0; j-- {
			sum += u[j]
		}
	})
	println("sum", sum)
}
