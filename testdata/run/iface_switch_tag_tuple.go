// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "fmt"

type E struct{}

func (E) Error() string { return "E" }

func two() (int, string) { return 1, "s" }

func get(ok bool) (int, error) {
	if ok {
		return 1, nil
	}
	return 0, E{}
}

func main() {
	var v any = 2
	switch v {
	case 1:
		fmt.Println("one")
	case 2, "x":
		fmt.Println("two")
	}
	var a, b any = two()
	fmt.Println(a, b)
	_, err := get(false)
	fmt.Println(err, err == E{}, err != nil)
	var z any = struct{}{}
	var z2 any = struct{}{}
	fmt.Println(z == z2, z)
	xs := []any{1, "a", nil, 2.5, E{}}
	for i, x := range xs {
		if s, ok := x.(fmt.Stringer); ok {
			fmt.Println(i, s)
		}
		if e, ok := x.(error); ok {
			fmt.Println(i, e.Error())
		}
	}
	m := map[string]any{"k": []int{1}}
	fmt.Println(m["k"].([]int)[0], len(m))
}
