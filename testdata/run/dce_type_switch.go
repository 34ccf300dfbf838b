// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
// Type switch clauses, comma-ok assertions and fmt's printing of kinds whose types are
// converted to interfaces only after the code testing them was compiled (the compiler
// leaves such clauses out until a conversion appears, then compiles the function again).
package main

import "fmt"

type celsius float64

type pair struct {
	k string
	v []int
}

func show(x any) string {
	switch v := x.(type) {
	case int:
		return fmt.Sprint("int ", v)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case celsius:
		return fmt.Sprintf("celsius %.1f", float64(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func kind(x any) string {
	switch x.(type) {
	case nil:
		return "nil"
	case int8:
		return "int8"
	case uint16:
		return "uint16"
	default:
		return "default"
	}
}

func isMap(x any) bool {
	_, ok := x.(map[string]int)
	return ok
}

func later() []any {
	return []any{int8(1), uint16(2), 3.5, celsius(21.5), true, map[string]int{"a": 1}, &pair{"p", []int{1, 2}}}
}

func main() {
	fmt.Println(kind(nil), show(1), show("s"))
	for _, x := range later() {
		fmt.Println(show(x), kind(x), isMap(x))
		fmt.Printf("%v %+v\n", x, x)
	}
	fmt.Printf("%d %s %t %v\n", "str", 5, 1.5, nil)
}
