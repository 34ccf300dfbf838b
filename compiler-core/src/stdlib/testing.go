// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package testing runs a package's Test, Example and Benchmark functions as gc's testing
// does, with its output (`=== RUN`, `--- PASS: name (0.00s)`, logs under the test that wrote
// them, `PASS`/`FAIL`), adapted from Go's testing package. gc's is tied to its runtime (stack
// walks for log call sites, os.Pipe for examples, flags and signals); here the compiler
// records the call site of every call from package main into this package (callSite) and of
// calls to functions that call Helper (helperCall), the runtime captures standard output for
// examples (captureStdout), and the flags come from the generated test main (Main).
package testing

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// InternalTest, InternalBenchmark and InternalExample are what the test main lists: the
// package's Test, Benchmark and Example functions.
type InternalTest struct {
	Name string
	F    func(*T)
}

type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// The flags, as `go test` passes them (-test.v, -test.run, -test.bench, -test.benchtime).
var (
	chatty     bool
	matchRun   string
	matchBench string
	benchTime  = durationOrCount{d: time.Second}
	importPath string
)

type durationOrCount struct {
	d time.Duration
	n int
}

// The call site the compiler recorded last: the function of package main that called into
// this package and its "file:line".
var (
	siteFunc string
	siteAt   string
	// Functions that called Helper, and for each function that calls Helper, where it was
	// last called from (its caller's name and "file:line").
	helpers     = map[string]bool{}
	helperSites = map[string][2]string{}
)

// callSite is called by compiled code before each call from package main into this package.
func callSite(fn, at string) {
	siteFunc, siteAt = fn, at
}

// helperCall is called by compiled code before each call to a function of package main
// that calls Helper.
func helperCall(callee, caller, at string) {
	helperSites[callee] = [2]string{caller, at}
}

//go:linkname captureStdout runtime.captureStdout
func captureStdout(on bool) []byte

// Main runs the tests, examples and benchmarks with the flags of `go test` (args, as
// -test.v, -test.run=RE, -test.bench=RE, -test.benchtime=D) and exits with gc's test
// binary's status (so a package's own main, when the test main runs from init, never runs).
func Main(pkg string, args []string, tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	importPath = pkg
	for _, a := range args {
		name, value, _ := strings.Cut(a, "=")
		switch name {
		case "-test.v":
			chatty = value != "false"
		case "-test.run":
			matchRun = value
		case "-test.bench":
			matchBench = value
		case "-test.benchtime":
			if n, ok := strings.CutSuffix(value, "x"); ok {
				benchTime.n, _ = strconv.Atoi(n)
			} else if d, ok := parseDuration(value); ok {
				benchTime.d = d
			}
		}
	}
	if _, err := compile(matchRun); err != nil {
		fmt.Fprintf(os.Stderr, "testing: invalid regexp for -test.run: %s\n", err)
		os.Exit(1)
	}
	if _, err := compile(matchBench); err != nil {
		fmt.Fprintf(os.Stderr, "testing: invalid regexp for -test.bench: %s\n", err)
		os.Exit(1)
	}
	testRan, testOk := runTests(tests)
	exampleRan, exampleOk := runExamples(examples)
	if !testRan && !exampleRan && matchBench == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if !testOk || !exampleOk || !runBenchmarks(benchmarks) {
		fmt.Print("FAIL\n")
		os.Exit(1)
	}
	fmt.Print("PASS\n")
	os.Exit(0)
}

// parseDuration reads a -test.benchtime duration: a decimal number and a unit of
// time.ParseDuration's (ns, us, µs, ms, s, m, h).
func parseDuration(s string) (time.Duration, bool) {
	units := []struct {
		name string
		d    time.Duration
	}{{"ns", time.Nanosecond}, {"us", time.Microsecond}, {"µs", time.Microsecond}, {"ms", time.Millisecond}, {"s", time.Second}, {"m", time.Minute}, {"h", time.Hour}}
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.name); ok {
			f, err := strconv.ParseFloat(num, 64)
			if err != nil || f < 0 {
				return 0, false
			}
			return time.Duration(f * float64(u.d)), true
		}
	}
	return 0, false
}

// common is what T and B share: the test's state and its output.
type common struct {
	name     string
	parent   *common
	level    int
	output   []byte // reports of finished subtests and, when not chatty, logs
	partial  []byte // the last line written through Output, until it ends
	failed   bool
	skipped  bool
	finished bool // the function returned (did not call FailNow or SkipNow)
	done     bool // the test and its subtests are over
	ran      bool
	hasSub   bool
	bench    bool
	start    time.Time
	duration time.Duration
	cleanups []func()
	cleaning bool
	signal   chan bool
	resume   chan bool // closed when a parallel test may go on: its parent's function returned
	sub      []*T      // parallel subtests
	parallel bool
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	private()
}

// T is the state of a Test function.
type T struct {
	common
}

func (c *common) private() {}

func (c *common) Name() string { return c.name }

func (c *common) setRan() {
	for p := c; p != nil; p = p.parent {
		p.ran = true
	}
}

func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

func (c *common) Failed() bool { return c.failed }

func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	runtime.Goexit()
}

func (c *common) Skipped() bool { return c.skipped }

func (c *common) SkipNow() {
	c.skipped = true
	c.finished = true
	runtime.Goexit()
}

func (c *common) Log(args ...any)                 { c.log(fmt.Sprintln(args...)) }
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// Helper marks the calling function as a helper: logs name the line that called it.
func (c *common) Helper() {
	helpers[siteFunc] = true
}

// Cleanup registers f to run when the test and its subtests are over, last added first.
func (c *common) Cleanup(f func()) {
	c.cleanups = append(c.cleanups, f)
}

func (c *common) runCleanup() {
	c.cleaning = true
	for len(c.cleanups) > 0 {
		f := c.cleanups[len(c.cleanups)-1]
		c.cleanups = c.cleanups[:len(c.cleanups)-1]
		f()
	}
}

// callSite is "file:line: " of the call into this package, skipping helper functions.
func (c *common) callSite() string {
	fn, at := siteFunc, siteAt
	for i := 0; helpers[fn] && i < 100; i++ {
		s, ok := helperSites[fn]
		if !ok {
			break
		}
		fn, at = s[0], s[1]
	}
	if at == "" {
		at = "???:1"
	}
	return at + ": "
}

// log writes s, after its call site, to the test's output (or that of its closest
// unfinished parent): at once when chatty, else kept for the report.
func (c *common) log(s string) {
	s = strings.TrimSuffix(s, "\n")
	s = strings.ReplaceAll(s, "\n", "\n"+indent)
	s += "\n"
	n := c.destination()
	if n == nil {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	s = c.callSite() + s
	n.flushPartial()
	n.writeLines(s)
}

func (c *common) destination() *common {
	for p := c; p != nil; p = p.parent {
		if !p.done {
			return p
		}
	}
	return nil
}

const indent = "    "

func (c *common) writeLines(s string) {
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line = s[:i+1]
		}
		s = s[len(line):]
		if !strings.HasSuffix(line, "\n") {
			c.partial = append(c.partial, line...)
			return
		}
		if len(c.partial) > 0 {
			line = string(c.partial) + line
			c.partial = c.partial[:0]
		}
		if c.done || !chatty {
			c.output = append(c.output, indent...)
			c.output = append(c.output, line...)
		} else if c.bench {
			fmt.Printf("%s%s", indent, line)
		} else {
			printer.Printf(c.name, "%s%s", indent, line)
		}
	}
}

func (c *common) flushPartial() {
	if len(c.partial) > 0 {
		c.writeLines("\n")
	}
}

// outputWriter is what Output returns: lines indented as logs, without call sites.
type outputWriter struct{ c *common }

func (w outputWriter) Write(p []byte) (int, error) {
	if w.c.destination() == nil {
		panic("Write called after " + w.c.name + " has completed")
	}
	w.c.writeLines(string(p))
	return len(p), nil
}

// Output returns a Writer that writes to the test's output as Log does, without call sites.
func (c *common) Output() io.Writer {
	return outputWriter{c}
}

// printer prints chatty output, with `=== NAME` when the test writing is not the one that
// wrote last.
var printer chattyPrinter

type chattyPrinter struct{ lastName string }

func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.lastName = testName
	fmt.Printf(format, args...)
}

func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Printf("=== NAME  %s\n", testName)
		p.lastName = testName
	}
	fmt.Printf(format, args...)
}

// flushToParent writes a report line and the test's kept output to its parent's output
// (indented), or to standard output for a top-level test.
func (c *common) flushToParent(testName, format string, args ...any) {
	s := fmt.Sprintf(format, args...) + string(c.output)
	c.output = c.output[:0]
	p := c.parent
	if p.parent == nil {
		if chatty {
			printer.Updatef(testName, "%s", s)
		} else {
			fmt.Print(s)
		}
		return
	}
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line = s[:i+1]
		}
		s = s[len(line):]
		p.output = append(p.output, indent...)
		p.output = append(p.output, line...)
	}
}

func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// Parallel signals that the test runs in parallel with its parallel siblings: it pauses
// until its parent's function returns.
func (t *T) Parallel() {
	if t.parallel {
		panic("testing: t.Parallel called multiple times")
	}
	t.parallel = true
	t.duration += time.Since(t.start)
	t.parent.sub = append(t.parent.sub, t)
	if chatty {
		printer.Updatef(t.name, "=== PAUSE %s\n", t.name)
	}
	t.signal <- true
	<-t.resume
	if chatty {
		printer.Updatef(t.name, "=== CONT  %s\n", t.name)
	}
	t.start = time.Now()
}

var errNilPanicOrGoexit = "test executed panic(nil) or runtime.Goexit"

func tRunner(t *T, fn func(t *T)) {
	defer func() {
		err := recover()
		signal := true
		if !t.finished && err == nil {
			for p := t.parent; p != nil; p = p.parent {
				if p.finished {
					t.Errorf("%v: subtest may have called FailNow on a parent test", errNilPanicOrGoexit)
					signal = false
					break
				}
			}
		}
		if err != nil {
			t.Fail()
			t.runCleanup()
			for root := &t.common; root.parent != nil; root = root.parent {
				root.duration += time.Since(root.start)
				root.flushPartial()
				root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration(root.duration))
			}
			panic(err)
		}
		t.duration += time.Since(t.start)
		if len(t.sub) > 0 {
			// Last paused first, as gc's scheduler resumes them.
			for i := len(t.sub) - 1; i >= 0; i-- {
				close(t.sub[i].resume)
			}
			for _, sub := range t.sub {
				<-sub.signal
			}
			cleanupStart := time.Now()
			t.runCleanup()
			t.duration += time.Since(cleanupStart)
		}
		for root := &t.common; root.parent != nil; root = root.parent {
			root.flushPartial()
		}
		t.report()
		t.done = true
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
		t.signal <- signal
	}()
	defer func() {
		if len(t.sub) == 0 {
			t.runCleanup()
		}
	}()
	t.start = time.Now()
	fn(t)
	t.finished = true
}

// Run runs f as a subtest of t called name, in its own goroutine, and waits until it ends
// or calls Parallel; it reports whether f succeeded (so far).
func (t *T) Run(name string, f func(t *T)) bool {
	if t.cleaning {
		panic("testing: t.Run called during t.Cleanup")
	}
	t.hasSub = true
	testName, ok := fullName(&t.common, name, matchRun)
	if !ok {
		return true
	}
	sub := &T{common: common{
		resume: make(chan bool),
		signal: make(chan bool, 1),
		name:   testName,
		parent: &t.common,
		level:  t.level + 1,
	}}
	if chatty {
		printer.Updatef(sub.name, "=== RUN   %s\n", sub.name)
	}
	go tRunner(sub, f)
	if !<-sub.signal {
		runtime.Goexit()
	}
	return !sub.failed
}

func (t *T) report() {
	if t.parent == nil {
		return
	}
	dstr := fmtDuration(t.duration)
	format := "--- %s: %s (%s)\n"
	if t.failed {
		t.flushToParent(t.name, format, "FAIL", t.name, dstr)
	} else if chatty {
		if t.skipped {
			t.flushToParent(t.name, format, "SKIP", t.name, dstr)
		} else {
			t.flushToParent(t.name, format, "PASS", t.name, dstr)
		}
	}
}

func runTests(tests []InternalTest) (ran, ok bool) {
	t := &T{common: common{signal: make(chan bool, 1)}}
	go tRunner(t, func(t *T) {
		for _, test := range tests {
			t.Run(test.Name, test.F)
		}
	})
	<-t.signal
	return t.ran, !t.failed
}

// subNames counts the subtests of each name, for `#01` suffixes.
var subNames = map[string]int{}

// fullName is the name of c's subtest subname (spaces as `_`, a `#NN` suffix when taken)
// and whether pattern selects it.
func fullName(c *common, subname, pattern string) (string, bool) {
	name := subname
	if c != nil && c.level > 0 {
		name = unique(c.name, rewrite(subname))
	}
	if pattern == "" {
		return name, true
	}
	elems := strings.Split(name, "/")
	for i, p := range splitPattern(pattern) {
		if i >= len(elems) {
			break
		}
		re, _ := compile(p)
		if !re.match(elems[i]) {
			return name, false
		}
	}
	return name, true
}

func unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := subNames[base]
		subNames[base] = n + 1
		if n == 0 && subname != "" {
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if subNames[name] != 0 {
			continue
		}
		return name
	}
}

func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == 0x85 || r == 0xA0:
			b = append(b, '_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

// splitPattern splits a -test.run pattern at the slashes outside brackets and parentheses.
func splitPattern(s string) []string {
	var out []string
	cs, cp, start := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/':
			if cs == 0 && cp == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	for _, eg := range examples {
		if _, matched := fullName(nil, eg.Name, matchRun); !matched {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

func runExample(eg InternalExample) (ok bool) {
	if chatty {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	captureStdout(true)
	finished := false
	start := time.Now()
	defer func() {
		timeSpent := time.Since(start)
		out := string(captureStdout(false))
		err := recover()
		ok = eg.processRunResult(out, timeSpent, finished, err)
	}()
	eg.F()
	finished = true
	return
}

func (eg *InternalExample) processRunResult(stdout string, timeSpent time.Duration, finished bool, recovered any) (passed bool) {
	passed = true
	dstr := fmtDuration(timeSpent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		gotLines := strings.Split(got, "\n")
		wantLines := strings.Split(want, "\n")
		sort.Strings(gotLines)
		sort.Strings(wantLines)
		if strings.Join(gotLines, "\n") != strings.Join(wantLines, "\n") && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		passed = false
	} else if chatty {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dstr)
	}
	if recovered != nil {
		panic(recovered)
	} else if !finished {
		panic(errNilPanicOrGoexit)
	}
	return
}

// B is the state of a Benchmark function: it runs b.N times (or while b.Loop says so) and
// the time per iteration is reported.
type B struct {
	common
	N        int
	benchF   func(b *B)
	timerOn  bool
	startT   time.Time
	elapsed  time.Duration
	loopN    int
	loopI    int
	loopDone bool
}

// StartTimer, StopTimer and ResetTimer control which part of the function is timed.
func (b *B) StartTimer() {
	if !b.timerOn {
		b.startT = time.Now()
		b.timerOn = true
	}
}

func (b *B) StopTimer() {
	if b.timerOn {
		b.elapsed += time.Since(b.startT)
		b.timerOn = false
	}
}

func (b *B) ResetTimer() {
	if b.timerOn {
		b.startT = time.Now()
	}
	b.elapsed = 0
}

// Elapsed is the time measured so far.
func (b *B) Elapsed() time.Duration {
	d := b.elapsed
	if b.timerOn {
		d += time.Since(b.startT)
	}
	return d
}

// Loop reports whether the benchmark should run one more iteration; the loop's count
// grows until the loop takes the benchmark time.
func (b *B) Loop() bool {
	if b.loopI < b.loopN {
		b.loopI++
		return true
	}
	if !b.timerOn {
		b.Fatal("B.Loop called with timer stopped")
	}
	if b.loopN == 0 {
		b.loopN = 1
		if benchTime.n > 0 {
			b.loopN = benchTime.n
		}
		b.N = 0
		b.ResetTimer()
		b.loopI++
		return true
	}
	more := false
	if benchTime.n == 0 {
		t := b.Elapsed()
		if t < benchTime.d {
			prev := b.loopN
			b.loopN = predictN(benchTime.d.Nanoseconds(), int64(prev), t.Nanoseconds(), int64(prev))
			more = prev < b.loopN
		}
	}
	if !more {
		b.StopTimer()
		b.N = b.loopN
		b.loopDone = true
		return false
	}
	b.loopI++
	return true
}

func (b *B) runN(n int) {
	defer b.runCleanup()
	runtime.GC()
	b.N = n
	b.loopN, b.loopI, b.loopDone = 0, 0, false
	b.ResetTimer()
	b.StartTimer()
	b.benchF(b)
	b.StopTimer()
	if b.loopN > 0 && !b.loopDone && !b.failed {
		b.Error("benchmark function returned without B.Loop() == false (break or return in loop?)")
	}
}

// predictN is gc's guess of the iterations that take goalns, from the last run.
func predictN(goalns int64, prevIters int64, prevns int64, last int64) int {
	if prevns == 0 {
		prevns = 1
	}
	n := goalns * prevIters / prevns
	n += n / 5
	n = min(n, 100*last)
	n = max(n, last+1)
	n = min(n, 1000000000)
	return int(n)
}

// run1 runs the function once; whether to go on measuring.
func (b *B) run1() bool {
	go func() {
		defer func() { b.signal <- true }()
		b.runN(1)
	}()
	<-b.signal
	if b.failed {
		fmt.Printf("--- FAIL: %s\n%s", b.name, b.output)
		return false
	}
	if b.finished && b.skipped {
		if chatty {
			fmt.Printf("--- SKIP: %s\n%s", b.name, b.output)
		}
		return false
	}
	return true
}

// launch runs the function with growing b.N until it takes the benchmark time.
func (b *B) launch() {
	defer func() { b.signal <- true }()
	if b.loopN != 0 {
		return
	}
	if benchTime.n > 0 {
		if benchTime.n > 1 {
			b.runN(benchTime.n)
		}
		return
	}
	d := benchTime.d
	for n := int64(1); !b.failed && b.elapsed < d && n < 1e9; {
		last := n
		n = int64(predictN(d.Nanoseconds(), int64(b.N), b.elapsed.Nanoseconds(), last))
		b.runN(int(n))
	}
}

func runBenchmarks(benchmarks []InternalBenchmark) bool {
	if matchBench == "" {
		return true
	}
	var bs []InternalBenchmark
	maxLen := 0
	for _, bm := range benchmarks {
		if _, matched := fullName(nil, bm.Name, matchBench); matched {
			bs = append(bs, bm)
			maxLen = max(maxLen, len(bm.Name)+1)
		}
	}
	ok := true
	for i, bm := range bs {
		if i == 0 {
			fmt.Printf("goos: %s\ngoarch: %s\n", runtime.GOOS, runtime.GOARCH)
			if importPath != "" {
				fmt.Printf("pkg: %s\n", importPath)
			}
		}
		if chatty {
			fmt.Println(bm.Name)
		}
		b := &B{common: common{name: bm.Name, signal: make(chan bool), bench: true}, benchF: bm.F}
		b.common.parent = &common{}
		if !b.run1() {
			ok = ok && !b.failed
			continue
		}
		if !chatty {
			fmt.Printf("%-*s\t", maxLen, bm.Name)
		}
		go b.launch()
		<-b.signal
		if b.failed {
			fmt.Printf("--- FAIL: %s\n%s", bm.Name, b.output)
			ok = false
			continue
		}
		if chatty {
			fmt.Printf("%-*s\t", maxLen, bm.Name)
		}
		res := fmt.Sprintf("%8d", b.N)
		if ns := float64(b.elapsed.Nanoseconds()) / float64(b.N); ns != 0 {
			res += "\t" + prettyPrint(ns, "ns/op")
		}
		fmt.Println(res)
		if len(b.output) > 0 {
			fmt.Printf("--- BENCH: %s\n%s", bm.Name, b.output)
		}
	}
	return ok
}

func prettyPrint(x float64, unit string) string {
	var format string
	switch y := x; {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	return fmt.Sprintf(format, x, unit)
}

// A regular expression for -test.run and -test.bench, in the syntax of Go's regexp
// package restricted to what names need: literals, `.`, classes `[a-z]` and `[^...]`,
// `\d \w \s` and escaped characters, groups, `|`, `^`, `$`, and `* + ?` repetition.
type rxNode struct {
	kind     byte // 'c' character, '.' any, '[' class, '(' group, '^', '$'
	ch       rune
	ranges   []rune // class: pairs lo, hi
	negated  bool
	alts     [][]rxNode
	min, max int // repetition; max -1: unbounded
}

type regexpError struct{ msg, expr string }

func (e regexpError) Error() string { return "error parsing regexp: " + e.msg + ": `" + e.expr + "`" }

type rx struct{ alts [][]rxNode }

func compile(expr string) (*rx, error) {
	rs := []rune(expr)
	pos := 0
	alts, err := rxParseAlts(rs, &pos, 0)
	if err != nil {
		return nil, err
	}
	if pos < len(rs) {
		return nil, regexpError{"unexpected )", expr}
	}
	return &rx{alts}, nil
}

func rxParseAlts(rs []rune, pos *int, depth int) ([][]rxNode, error) {
	var alts [][]rxNode
	var seq []rxNode
	for *pos < len(rs) {
		r := rs[*pos]
		*pos++
		var n rxNode
		switch r {
		case '|':
			alts = append(alts, seq)
			seq = nil
			continue
		case ')':
			if depth == 0 {
				*pos--
				return append(alts, seq), nil
			}
			return append(alts, seq), nil
		case '(':
			if *pos+1 < len(rs) && rs[*pos] == '?' && rs[*pos+1] == ':' {
				*pos += 2
			}
			sub, err := rxParseAlts(rs, pos, depth+1)
			if err != nil {
				return nil, err
			}
			if rs[*pos-1] != ')' {
				return nil, regexpError{"missing closing )", string(rs)}
			}
			n = rxNode{kind: '(', alts: sub}
		case '.', '^', '$':
			n = rxNode{kind: byte(r)}
		case '[':
			n = rxNode{kind: '['}
			if *pos < len(rs) && rs[*pos] == '^' {
				n.negated = true
				*pos++
			}
			first := true
			for {
				if *pos >= len(rs) {
					return nil, regexpError{"missing closing ]", string(rs[*pos-1:])}
				}
				c := rs[*pos]
				*pos++
				if c == ']' && !first {
					break
				}
				first = false
				if c == '\\' && *pos < len(rs) {
					c = rs[*pos]
					*pos++
					if cls := rxClass(c); cls != nil {
						n.ranges = append(n.ranges, cls...)
						continue
					}
				}
				hi := c
				if *pos+1 < len(rs) && rs[*pos] == '-' && rs[*pos+1] != ']' {
					hi = rs[*pos+1]
					*pos += 2
				}
				n.ranges = append(n.ranges, c, hi)
			}
		case '\\':
			if *pos >= len(rs) {
				return nil, regexpError{"trailing backslash at end of expression", ""}
			}
			c := rs[*pos]
			*pos++
			if cls := rxClass(c); cls != nil {
				n = rxNode{kind: '[', ranges: cls}
			} else {
				n = rxNode{kind: 'c', ch: c}
			}
		case '*', '+', '?':
			return nil, regexpError{"missing argument to repetition operator", string(r)}
		default:
			n = rxNode{kind: 'c', ch: r}
		}
		n.min, n.max = 1, 1
		if *pos < len(rs) {
			switch rs[*pos] {
			case '*':
				n.min, n.max = 0, -1
				*pos++
			case '+':
				n.min, n.max = 1, -1
				*pos++
			case '?':
				n.min, n.max = 0, 1
				*pos++
			}
		}
		seq = append(seq, n)
	}
	if depth > 0 {
		return nil, regexpError{"missing closing )", string(rs)}
	}
	return append(alts, seq), nil
}

func rxClass(c rune) []rune {
	switch c {
	case 'd':
		return []rune{'0', '9'}
	case 'w':
		return []rune{'0', '9', 'A', 'Z', 'a', 'z', '_', '_'}
	case 's':
		return []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	}
	return nil
}

// match reports whether the expression matches somewhere in s.
func (re *rx) match(s string) bool {
	rs := []rune(s)
	for start := 0; start <= len(rs); start++ {
		if rxAlts(re.alts, rs, start, func(int) bool { return true }) {
			return true
		}
	}
	return false
}

func rxAlts(alts [][]rxNode, rs []rune, i int, k func(int) bool) bool {
	for _, seq := range alts {
		if rxSeq(seq, rs, i, k) {
			return true
		}
	}
	return false
}

func rxSeq(seq []rxNode, rs []rune, i int, k func(int) bool) bool {
	if len(seq) == 0 {
		return k(i)
	}
	return rxRepeat(&seq[0], 0, rs, i, func(j int) bool { return rxSeq(seq[1:], rs, j, k) })
}

// rxRepeat matches n's count-th and later repetitions greedily, then the rest (k).
func rxRepeat(n *rxNode, count int, rs []rune, i int, k func(int) bool) bool {
	if n.max < 0 || count < n.max {
		more := rxOne(n, rs, i, func(j int) bool {
			return (j != i || count < n.min) && rxRepeat(n, count+1, rs, j, k)
		})
		if more {
			return true
		}
	}
	return count >= n.min && k(i)
}

func rxOne(n *rxNode, rs []rune, i int, k func(int) bool) bool {
	switch n.kind {
	case '^':
		return i == 0 && k(i)
	case '$':
		return i == len(rs) && k(i)
	case '(':
		return rxAlts(n.alts, rs, i, k)
	}
	if i >= len(rs) {
		return false
	}
	r := rs[i]
	switch n.kind {
	case 'c':
		return r == n.ch && k(i+1)
	case '.':
		return r != '\n' && k(i+1)
	}
	in := false
	for j := 0; j+1 < len(n.ranges); j += 2 {
		if n.ranges[j] <= r && r <= n.ranges[j+1] {
			in = true
		}
	}
	return in != n.negated && k(i+1)
}
