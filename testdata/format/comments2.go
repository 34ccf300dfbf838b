package main

/*
 * Stars aligned
 * in a block.
 */
func a() {}

func b(x int /* the x */, y int) /* result */ int {
	return x + /* mid */ y
}

type T struct {
	// Doc for A.
	A int

	B string // B's comment

	// Doc for C
	// spanning two lines.
	C []byte
}

var v = []int{
	1, // one
	2, // two
	// three next
	3,
}

func c() {
	x := 1
	// comment between statements

	// another after a blank line
	x++
	if x > 0 {
		// only a comment
	}
	/* block */
	_ = x
}

// Trailing
// group
func main() {
	a()
	_ = b(1, 2) // call
	c()
}
