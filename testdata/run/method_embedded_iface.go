// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { println(l.prefix + msg) }

type Service struct {
	Logger
	name string
}

type Named interface{ Name() string }

func (s *Service) Name() string { return s.name }

type Base struct{}

func (Base) Hello() string { return "base hello" }
func (Base) Who() string   { return "base" }

type Derived struct{ Base }

func (Derived) Who() string { return "derived" }

func main() {
	s := &Service{Logger{"[svc] "}, "api"}
	s.Log("started")
	var n Named = s
	println(n.Name())
	d := Derived{}
	println(d.Hello(), d.Who(), d.Base.Who())
}
