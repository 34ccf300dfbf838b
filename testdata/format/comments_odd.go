package main

import "fmt"

var arr = [ /* c */ ...]int{1, /* two */ 2, 3 /* three */}

func f( /* no params */ ) ( /* no results */ ) {}

func g(a int, // first
	b int, /* second */
) int {
	return a + // plus
		b
}

type S struct {
	A int /* a */; B int
	// trailing comment in struct
}

func main() {
	x := /* before */ 1 /* after */
	if /* cond */ x > 0 /* end */ {
		fmt.Println( /* arg */ x)
	}
	m := map[string]int{ // open
		"a": 1, // a
		// lone
		"bb": 2,
	} // close
	_ = m
	f()
	_ = g(1, 2)
	_ = arr
	/* last */
}
