// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Color string

const (
	Red   Color = "red"
	Green Color = "green"
)

type Level int

const (
	Debug Level = iota + 1
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return "?"
}

func main() {
	c := Red
	println(c == "red", string(c)+"/"+string(Green), len(Green))
	for l := Debug; l <= Warn+1; l++ {
		println(l, l.String())
	}
}
