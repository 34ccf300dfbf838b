package main

import "fmt"

func longFunctionName(firstArgument int, secondArgument string, thirdArgument float64, fourth []byte) (int, error) {
	return firstArgument, nil
}

func main() {
	result, err := longFunctionName(1234567890, "a fairly long string argument here", 3.14159265358979, []byte("bytes"))
	fmt.Println(result, err, "and then some more text to make this line quite long indeed", 42, 43, 44, 45)
	x := longFunctionName
	_, _ = x(1,
		"two", 3.0,
		nil)
	fmt.Println(
		"a",
		"b")
	fmt.Printf("%d %s\n", 1,
		"x")
	if result > 10 && err == nil &&
		result < 100 {
		fmt.Println("range")
	}
	s := "a" +
		"b" +
		"c"
	fmt.Println(s)
}
