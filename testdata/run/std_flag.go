// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	if s == "" {
		return errors.New("empty item")
	}
	*l = append(*l, s)
	return nil
}

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(s string) error {
	switch s {
	case "low":
		*l = 1
	case "high":
		*l = 9
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

func newSet(name string) (*flag.FlagSet, map[string]any) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	vals := map[string]any{}
	vals["name"] = fs.String("name", "world", "who to greet")
	vals["n"] = fs.Int("n", 1, "number of `times` to greet")
	vals["v"] = fs.Bool("v", false, "verbose output")
	vals["wait"] = fs.Duration("wait", 250*time.Millisecond, "how long to wait")
	vals["ratio"] = fs.Float64("ratio", 0.5, "a ratio")
	vals["big"] = fs.Uint64("big", 0, "a big number")
	vals["i64"] = fs.Int64("i64", -3, "")
	var items listFlag
	fs.Var(&items, "item", "an item (repeatable)")
	vals["item"] = &items
	var lv level
	fs.Var(&lv, "level", "`low` or high")
	vals["level"] = &lv
	fs.Func("hook", "called for each `value`", func(s string) error {
		fmt.Println("hook called with", s)
		if s == "bad" {
			return errors.New("hook refused")
		}
		return nil
	})
	fs.BoolFunc("trace", "enable tracing", func(s string) error {
		fmt.Println("trace:", s)
		return nil
	})
	return fs, vals
}

func show(fs *flag.FlagSet, vals map[string]any) {
	fmt.Printf("name=%s n=%d v=%t wait=%v ratio=%g big=%d i64=%d item=%v level=%v\n",
		*vals["name"].(*string), *vals["n"].(*int), *vals["v"].(*bool), *vals["wait"].(*time.Duration),
		*vals["ratio"].(*float64), *vals["big"].(*uint64), *vals["i64"].(*int64), vals["item"], vals["level"])
	fmt.Println("args:", fs.Args(), fs.NArg(), fs.Arg(0), fs.Arg(5) == "", "nflag:", fs.NFlag())
}

func try(args ...string) {
	fmt.Printf("--- %q\n", args)
	fs, vals := newSet("greet")
	if len(args) > 0 && args[0] != "-nope" {
		fs.Usage = func() { fmt.Println("(usage of", fs.Name()+")") }
	}
	err := fs.Parse(args)
	fmt.Println("err:", err, "parsed:", fs.Parsed(), errors.Is(err, flag.ErrHelp))
	show(fs, vals)
	fs.Visit(func(f *flag.Flag) { fmt.Printf("set %s=%s (default %q)\n", f.Name, f.Value, f.DefValue) })
}

func main() {
	try()
	try("-name", "gopher", "-n=3", "-v", "rest", "-x")
	try("--name=x", "-wait", "1m30s", "-ratio", "2.5e3", "-big", "18446744073709551615", "--", "-n", "4")
	try("-item", "a", "-item=b", "-level", "high", "-hook", "one", "-trace", "-trace=off")
	try("-v=false", "-i64", "-9")
	try("-nope")
	try("-n", "abc")
	try("-n")
	try("-wait", "soon")
	try("-big", "-1")
	try("-v=maybe")
	try("-level", "mid")
	try("-hook", "bad")
	try("-item", "")
	try("-h")
	try("-help")
	try("---x")
	try("-=x")

	fs, _ := newSet("defaults")
	fmt.Println("--- PrintDefaults")
	fs.PrintDefaults()
	fmt.Println("--- Usage")
	fs.Usage()
	fs.Usage = func() { fmt.Println("custom usage for", fs.Name()) }
	fmt.Println(fs.Parse([]string{"-zzz"}))

	f := fs.Lookup("wait")
	fmt.Println(f.Name, f.Usage, f.DefValue, f.Value)
	fmt.Println(fs.Set("wait", "2s"), f.Value, fs.Set("missing", "1"), fs.Set("n", "x"))
	fs.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
	name, usage := flag.UnquoteUsage(fs.Lookup("n"))
	fmt.Printf("%q %q\n", name, usage)
	name, usage = flag.UnquoteUsage(fs.Lookup("ratio"))
	fmt.Printf("%q %q\n", name, usage)

	// The package-level set reads os.Args.
	fmt.Println(len(os.Args) > 0, flag.CommandLine.Name() != "")
	verbose := flag.Bool("verbose", false, "be chatty")
	flag.Parse()
	fmt.Println(*verbose, flag.NArg(), flag.Args(), flag.Parsed())

	// ExitOnError exits with status 2 after the usage.
	fe := flag.NewFlagSet("strict", flag.ExitOnError)
	fe.SetOutput(os.Stdout)
	fe.Int("k", 0, "k")
	fe.Parse([]string{"-k", "x"})
	fmt.Println("not reached")
}
