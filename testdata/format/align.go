package main

type Config struct {
	Name string
	Verbose bool
	Level int
	VeryLongFieldName map[string][]int
	a, b int
	Embedded
	*Other
}

type Embedded struct{}
type Other struct{ x int }

const (
	Red = iota
	Green
	Blue
	LongerName = 100
	X int = 5
	YY float64 = 2.5
)

var (
	a = 1
	bbbb = "two"
	c, d = 3, 4
	e float64
	ffffff []string = nil
)

type (
	T1 int
	LongTypeName string
	F func(int) error
)

func main() {
	m := map[string]int{
		"a": 1,
		"bbb": 2,
		"cc": 3,
	}
	_ = m
	cfg := Config{
		Name: "x",
		Verbose: true,
		Level: 3,
	}
	_ = cfg
}
