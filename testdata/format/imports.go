package main

import (
	"strings"
	"fmt"
	"errors"

	"unicode/utf8"
	"os"
	m "math"
)

func main() {
	fmt.Println(strings.ToUpper("x"), errors.New("e"), utf8.RuneLen('a'), os.Args == nil, m.Pi)
}
