// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid field " + e.Field }

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age"})
	}
	println("valid", age)
}

func main() {
	validate(30)
	validate(-1)
}
