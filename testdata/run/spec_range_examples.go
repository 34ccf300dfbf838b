// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// The examples of the Go specification's "For statements with range clause".

func f(i int) int { return i }

func main() {
	var testdata *struct {
		a *[7]int
	}
	testdata = new(struct{ a *[7]int })
	for i, _ := range testdata.a {
		// testdata.a is never evaluated; len(testdata.a) is constant
		// i ranges from 0 to 6
		f(i)
	}

	var a [10]string
	for i, s := range a {
		// type of i is int
		// type of s is string
		// s == a[i]
		_ = s == a[i]
		_ = i
	}

	var key string
	var val interface{} // element type of m is assignable to val
	m := map[string]int{"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
	n := 0
	for key, val = range m {
		n += val.(int)
	}
	println(n, len(key) == 3)
	// key == last map key encountered in iteration
	// val == map[key]

	var ch = make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for w := range ch {
		println(w)
	}

	// empty a channel
	ch2 := make(chan int, 3)
	ch2 <- 5
	close(ch2)
	for range ch2 {
	}

	// call f 10 times
	for range 10 {
		f(0)
	}

	// type of i is int (default type for untyped constant 10)
	for i := range 10 {
		// type of i is int
		var x int = i
		_ = x
	}

	var u uint8
	for u = range uint8(255) {
	}
	println(u)
	// u == 254 (type uint8)

	var sum int
	for i := range 10 {
		sum += i
	}
	println(sum)

	for i, c := range "añb" {
		println(i, c)
	}
}
