package main

import "fmt"

type kv struct {
	key   string
	value int
}

var table = map[string]int{
	"a": 1,
	"a somewhat longer key": 2,
	"b": 3,
	"an extremely long key that goes on and on and on for a while": 4,
	"c": 5,
}

var mixed = []kv{
	{"x", 1},
	{key: "y", value: 2},
	{
		key: "z",
		value: 3,
	},
}

var short = []int{1, 2, 3,
	4, 5, 6,
	7, 8, 9}

func sum(xs ...int) (n int) {
	for _, x := range xs {
		n += x
	}
	return
}

func pair() (int, int) { return 1, 2 }

func main() {
	fmt.Println(sum(1, 2,
		3, 4), sum(
		5,
		6,
	))
	a, b := pair()
	fmt.Println(a, b, table, mixed, short)
	x := []string{"alpha", "beta",
		"gamma"}
	fmt.Println(x)
	return
}
