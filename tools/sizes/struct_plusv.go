package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

func main() { fmt.Printf("%+v\n", P{1, 2, "a"}) }
