package main

func describe(v any) string {
	switch x := // the value
	v.(type) {
	case nil:
		return "nil"
	case int:
		_ = x
		return "int"
	}
	switch y :=
		v.(type) {
	default:
		_ = y
	}
	switch v.(type) {}
	return "?"
}

func main() { println(describe(1)) }
