package main

import (
	"encoding/json"
	"os"
)

type Point struct {
	X, Y int
	Tags []string `json:"tags,omitempty"`
}

// A JSON round trip: Unmarshal into a struct, change it, Marshal it back.
func main() {
	var p Point
	if err := json.Unmarshal([]byte(`{"X":1,"Y":2,"tags":["a"]}`), &p); err != nil {
		panic(err)
	}
	p.X++
	b, err := json.Marshal(p)
	if err != nil {
		panic(err)
	}
	os.Stdout.Write(append(b, '\n'))
}
