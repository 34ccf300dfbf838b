// Package fmt: Print, Sprint, Fprint (any io.Writer), Append and Errorf in their plain, ln
// and f forms, with gc's output for every verb, flag, width, precision and argument index
// (Formatter and State aside; scanning is fmt_scan.go). Values are inspected
// through the runtime's type descriptors (runtime/iface.go); only what a program calls ends
// up in its module.
//
// The structure follows gc's print.go and format.go: a pp per call (the buffer and the
// current verb's flags); doPrintf (flags, * widths from any integer, [n] argument indexes,
// %!v(BADINDEX), (MISSING), (EXTRA ...), (NOVERB)); printArgV for Print and Println (nil and
// strings appended directly, others through printArg); printArg (the basic types in a type
// switch, bad verbs through badArg); handleMethods (Error and String through
// runtime.methodText; GoString for %#v by asserting a rebuilt interface value, eface; %w
// only in Errorf; no methods through unexported fields or for a bad verb's operand, as gc's
// reflection cannot call them; a nil pointer whose method has a value receiver prints <nil>,
// as gc's recovered panic does); and the generic printer printValue/printAt, which reads
// values through the descriptors (words splits an any), each kind under runtime.kindUsed.
// Map keys sort as internal/fmtsort; floats go through runtime.AppendFloat (e, f, g) or
// strconv.AppendFloat (b, x), quoting through strconv. Errorf returns gc's types
// (*errors.errorString, *fmt.wrapError, *fmt.wrapErrors).
//
// A program pays only for the types and verbs it can print: the lowering leaves out type
// switch clauses for types nothing converts to an interface and code under kindUsed for
// kinds without descriptors (ir/lower/iface.rs), so printArgV's clauses for other types and
// its default disappear from fmt.Println("hello").
package fmt

import (
	"errors"
	"io"
	"runtime"
	"strconv"
	"unsafe"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which %#v uses.
type GoStringer interface {
	GoString() string
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// Descriptor offsets and kinds (runtime/iface.go).
const (
	tSize      = 4
	tElem      = 16
	tLen       = 20
	tNFields   = 32
	tFields    = 36
	kindMask   = 255
	flagDirect = 512

	kBool          = 1
	kInt           = 2
	kInt8          = 3
	kInt16         = 4
	kInt32         = 5
	kInt64         = 6
	kUint          = 7
	kUint8         = 8
	kUint16        = 9
	kUint32        = 10
	kUint64        = 11
	kUintptr       = 12
	kFloat32       = 13
	kFloat64       = 14
	kComplex64     = 15
	kComplex128    = 16
	kArray         = 17
	complexKinds   = 1<<kComplex64 | 1<<kComplex128
	kChan          = 18
	kFunc          = 19
	kInterface     = 20
	kMap           = 21
	kPointer       = 22
	kSlice         = 23
	kString        = 24
	kStruct        = 25
	kUnsafePointer = 26

	intKinds = 1<<kInt | 1<<kInt8 | 1<<kInt16 | 1<<kInt32 | 1<<kInt64 | 1<<kUint | 1<<kUint8 | 1<<kUint16 | 1<<kUint32 | 1<<kUint64 | 1<<kUintptr
)

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

// pp is one formatting operation: the output and the flags of the current verb.
type pp struct {
	buf []byte

	minus, plus, sharp, space, zero bool
	// %+v and %#v: set instead of plus and sharp, which mean other things for other verbs.
	plusV, sharpV bool
	hasW, hasP    bool
	wid, prec     int

	// erroring: printing a bad verb's operand, without its methods.
	erroring bool
	// ro: inside an unexported field, whose methods gc's reflection cannot call.
	ro bool
	// Errorf: %w is allowed; the indexes of its operands.
	wrapErrs bool
	wrapped  []int
	// The format used explicit argument indexes; goodArgNum: the current one is valid.
	reordered  bool
	goodArgNum bool
}

// put and putByte append to the output (one call instead of an inlined append at each
// site keeps the module small).
func (p *pp) put(s string) {
	p.buf = append(p.buf, s...)
}

func (p *pp) putByte(c byte) {
	p.buf = append(p.buf, c)
}

func ld(a uint32) uint32 { return *(*uint32)(unsafe.Pointer(uintptr(a))) }

// words splits an interface value into its type and data words.
func words(a any) (uint32, uint32) {
	p := (*[2]uint32)(unsafe.Pointer(&a))
	return p[0], p[1]
}

// eface rebuilds an interface value from its words. Assert its result to interface types
// only: t may be a type the program never converts, and the compiler leaves out type
// switch clauses and concrete assertions of such types.
func eface(t uint32, d uint32) any {
	var a any
	p := (*[2]uint32)(unsafe.Pointer(&a))
	p[0], p[1] = t, d
	return a
}

// valueAddr is the address of the value of an interface with type t and data word d.
func valueAddr(t uint32, d uint32) uint32 {
	if ld(t)&flagDirect == 0 {
		return d
	}
	c := new(uint32)
	*c = d
	return uint32(uintptr(unsafe.Pointer(c)))
}

// dataWord is the interface data word of the value of type t stored at a.
func dataWord(t uint32, a uint32) uint32 {
	if ld(t)&flagDirect != 0 {
		return ld(a)
	}
	return a
}

func Sprint(a ...any) string {
	p := &pp{}
	p.doPrint(a)
	return string(p.buf)
}

func Sprintln(a ...any) string {
	p := &pp{}
	p.doPrintln(a)
	return string(p.buf)
}

func Sprintf(format string, a ...any) string {
	p := &pp{}
	p.doPrintf(format, a)
	return string(p.buf)
}

func Print(a ...any) (n int, err error) {
	p := &pp{}
	p.doPrint(a)
	runtime.writeOut(p.buf)
	return len(p.buf), nil
}

func Println(a ...any) (n int, err error) {
	p := &pp{}
	p.doPrintln(a)
	runtime.writeOut(p.buf)
	return len(p.buf), nil
}

func Printf(format string, a ...any) (n int, err error) {
	p := &pp{}
	p.doPrintf(format, a)
	runtime.writeOut(p.buf)
	return len(p.buf), nil
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := &pp{}
	p.doPrint(a)
	return w.Write(p.buf)
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := &pp{}
	p.doPrintln(a)
	return w.Write(p.buf)
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := &pp{}
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

func Append(b []byte, a ...any) []byte {
	p := &pp{buf: b}
	p.doPrint(a)
	return p.buf
}

func Appendln(b []byte, a ...any) []byte {
	p := &pp{buf: b}
	p.doPrintln(a)
	return p.buf
}

func Appendf(b []byte, format string, a ...any) []byte {
	p := &pp{buf: b}
	p.doPrintf(format, a)
	return p.buf
}

// Errorf formats an error message. One %w operand makes an error that Unwrap returns it,
// several one whose Unwrap returns them all; without %w it is errors.New's error.
func Errorf(format string, a ...any) error {
	p := &pp{wrapErrs: true}
	p.doPrintf(format, a)
	s := string(p.buf)
	switch len(p.wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[p.wrapped[0]].(error)
		return w
	}
	if p.reordered {
		for i := 1; i < len(p.wrapped); i++ {
			for j := i; j > 0 && p.wrapped[j] < p.wrapped[j-1]; j-- {
				p.wrapped[j], p.wrapped[j-1] = p.wrapped[j-1], p.wrapped[j]
			}
		}
	}
	var errs []error
	for i, n := range p.wrapped {
		if i > 0 && p.wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		t, _ := words(arg)
		isString := t != 0 && ld(t)&kindMask == kString
		if i > 0 && !isString && !prevString {
			p.putByte(' ')
		}
		p.printArgV(arg)
		prevString = isString
	}
}

func (p *pp) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.putByte(' ')
		}
		p.printArgV(arg)
	}
	p.putByte('\n')
}

func (p *pp) clearFlags() {
	p.minus, p.plus, p.sharp, p.space, p.zero = false, false, false, false, false
	p.plusV, p.sharpV, p.hasW, p.hasP = false, false, false, false
	p.wid, p.prec = 0, 0
}

// tooLarge reports whether a width or precision is beyond what gc accepts (10^6).
func tooLarge(x int) bool {
	return x > 1000000 || x < -1000000
}

// parsenum reads a decimal number in s[start:end].
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// intFromArg reads a[argNum] as a width or precision (any integer type that fits).
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		t, d := words(a[argNum])
		if t != 0 {
			k := ld(t) & kindMask
			if k >= kInt && k <= kUintptr {
				n := intAt(t, valueAddr(t, d))
				if k < kUint || int64(n) >= 0 {
					num, isInt = int(n), true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num, isInt = 0, false
		}
	}
	return
}

// argNumber reads an explicit argument index [n] at format[i].
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	s := format[i:]
	index, wid, ok := 0, 1, false
	if len(s) >= 3 {
		for j := 1; j < len(s); j++ {
			if s[j] == ']' {
				n, isnum, newj := parsenum(s, 1, j)
				if !isnum || newj != j {
					wid = j + 1
				} else {
					index, wid, ok = n-1, j+1, true
				}
				break
			}
		}
	}
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false
	p.reordered = false
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.put(format[lasti:i])
		}
		if i >= end {
			break
		}
		i++
		p.clearFlags()
	flags:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				p.sharp = true
			case '0':
				p.zero = true
			case '+':
				p.plus = true
			case '-':
				p.minus = true
			case ' ':
				p.space = true
			default:
				break flags
			}
		}
		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		if i < end && format[i] == '*' {
			i++
			p.wid, p.hasW, argNum = intFromArg(a, argNum)
			if !p.hasW {
				p.put("%!(BADWIDTH)")
			}
			if p.wid < 0 {
				p.wid = -p.wid
				p.minus = true
				p.zero = false
			}
			afterIndex = false
		} else {
			p.wid, p.hasW, i = parsenum(format, i, end)
			if afterIndex && p.hasW {
				p.goodArgNum = false
			}
		}
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.prec, p.hasP, argNum = intFromArg(a, argNum)
				if p.prec < 0 {
					p.prec, p.hasP = 0, false
				}
				if !p.hasP {
					p.put("%!(BADPREC)")
				}
				afterIndex = false
			} else {
				p.prec, p.hasP, i = parsenum(format, i, end)
				if !p.hasP {
					p.prec, p.hasP = 0, true
				}
			}
		}
		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}
		if i >= end {
			p.put("%!(NOVERB)")
			break
		}
		verb, size := decodeRune(format[i:])
		i += size
		switch {
		case verb == '%':
			p.putByte('%')
		case !p.goodArgNum:
			p.bangVerb(verb, "(BADINDEX)")
		case argNum >= len(a):
			p.bangVerb(verb, "(MISSING)")
		default:
			if verb == 'w' {
				p.wrapped = append(p.wrapped, argNum)
			}
			if verb == 'v' || verb == 'w' {
				p.sharpV, p.sharp = p.sharp, false
				p.plusV, p.plus = p.plus, false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}
	if !p.reordered && argNum < len(a) {
		p.clearFlags()
		p.put("%!(EXTRA ")
		for k := argNum; k < len(a); k++ {
			if k > argNum {
				p.put(", ")
			}
			t, _ := words(a[k])
			if t == 0 {
				p.put("<nil>")
			} else {
				p.put(runtime.typeName(t))
				p.putByte('=')
				p.printArg(a[k], 'v')
			}
		}
		p.putByte(')')
	}
}

// bangVerb writes %!verb followed by what went wrong.
func (p *pp) bangVerb(verb rune, what string) {
	p.put("%!")
	p.buf = appendRune(p.buf, verb)
	p.put(what)
}

// decodeRune decodes the first rune of s and its width (1 for an invalid byte).
func decodeRune(s string) (rune, int) {
	var first rune
	for i, r := range s {
		if i > 0 {
			return first, i
		}
		first = r
	}
	return first, len(s)
}

// appendRune appends r in UTF-8 (U+FFFD for invalid runes, as string(r) does).
func appendRune(b []byte, r rune) []byte {
	return append(b, string([]rune{r})...)
}

// printArgV formats arg as Print and Println do (%v, no flags): nil and strings
// directly, others through printArg. A program printing only those carries none of the
// verbs' code (the compiler leaves out the clauses of types nothing converts, and the
// default while every converted type has a clause).
func (p *pp) printArgV(arg any) {
	s := "<nil>"
	switch v := arg.(type) {
	case nil:
	case string:
		s = v
	default:
		p.printArg(arg, 'v')
		return
	}
	p.put(s)
}

func (p *pp) printArg(arg any, verb rune) {
	t, d := words(arg)
	if t == 0 {
		switch verb {
		case 'T', 'v':
			p.padString("<nil>")
		default:
			p.badArg(verb, arg)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmtS(runtime.typeName(t))
		return
	case 'p':
		p.fmtP(t, d, arg)
		return
	}
	// Values of the basic types (which have no methods) are formatted directly, as gc's
	// fmt does. The compiler leaves out a case whose type no value of the program is
	// converted to, and the generic printer when every converted type has its case: a
	// program printing only strings carries no integer, float or reflection code.
	ok := true
	switch v := arg.(type) {
	case nil:
	case string:
		ok = p.fmtString(v, verb)
	case bool:
		ok = p.fmtBool(v, verb)
	case int:
		ok = p.fmtInteger(uint64(v), true, verb)
	case int8:
		ok = p.fmtInteger(uint64(v), true, verb)
	case int16:
		ok = p.fmtInteger(uint64(v), true, verb)
	case int32:
		ok = p.fmtInteger(uint64(v), true, verb)
	case int64:
		ok = p.fmtInteger(uint64(v), true, verb)
	case uint:
		ok = p.fmtInteger(uint64(v), false, verb)
	case uint8:
		ok = p.fmtInteger(uint64(v), false, verb)
	case uint16:
		ok = p.fmtInteger(uint64(v), false, verb)
	case uint32:
		ok = p.fmtInteger(uint64(v), false, verb)
	case uint64:
		ok = p.fmtInteger(v, false, verb)
	case uintptr:
		ok = p.fmtInteger(uint64(v), false, verb)
	case float32:
		ok = p.fmtFloat(float64(v), 32, verb)
	case float64:
		ok = p.fmtFloat(v, 64, verb)
	case complex64:
		ok = p.fmtComplex(complex128(v), 64, verb)
	case complex128:
		ok = p.fmtComplex(v, 128, verb)
	case []byte:
		// Not through handleMethods: %w applies to each byte, as in gc.
		p.printValue(t, valueAddr(t, d), verb, 0)
	default:
		a := valueAddr(t, d)
		if !p.handleMethods(t, a, verb) {
			p.printValue(t, a, verb, 0)
		}
	}
	if !ok {
		p.badArg(verb, arg)
	}
}

// fmtP formats the operand of %p: the address a pointer-shaped value holds.
// A program without pointer-shaped types carries only the bad-verb path (kindUsed).
func (p *pp) fmtP(t uint32, d uint32, arg any) {
	k := ld(t) & kindMask
	if !runtime.kindUsed(1<<kPointer|1<<kMap|1<<kChan|1<<kFunc|1<<kSlice|1<<kUnsafePointer) || k != kPointer && k != kMap && k != kChan && k != kFunc && k != kSlice && k != kUnsafePointer {
		p.badArg('p', arg)
		return
	}
	if k == kSlice {
		d = ld(d)
	}
	// As fmt0x64, without the integer formatter hello-world would otherwise carry.
	b := []byte("0x")
	if p.sharp {
		b = b[:0]
	}
	shift := 28
	for shift > 0 && d>>uint(shift) == 0 {
		shift -= 4
	}
	for ; shift >= 0; shift -= 4 {
		b = append(b, ldigits[d>>uint(shift)&15])
	}
	p.pad(b)
}

// badArg writes %!verb(type=value) for an operand the verb does not apply to.
func (p *pp) badArg(verb rune, arg any) {
	p.erroring = true
	p.bangVerb(verb, "(")
	if t, _ := words(arg); t == 0 {
		p.put("<nil>")
	} else {
		p.put(runtime.typeName(t))
		p.putByte('=')
		p.printArg(arg, 'v')
	}
	p.putByte(')')
	p.erroring = false
}

// handleMethods formats the value of type t at a through its Error, String or (for %#v)
// GoString method, if it has one and the verb calls for it.
func (p *pp) handleMethods(t uint32, a uint32, verb rune) bool {
	// An interface's dynamic value is handled when printValue reaches it.
	if p.erroring || p.ro || ld(t)&kindMask == kInterface {
		return false
	}
	d := dataWord(t, a)
	if verb == 'w' {
		if _, ok := eface(t, d).(error); !ok || !p.wrapErrs {
			p.badVerb(verb, t, a)
			return true
		}
		verb = 'v'
	}
	if p.sharpV {
		return p.goString(t, d)
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
	default:
		return false
	}
	if d == 0 && ld(t)&kindMask == kPointer && valueMethod(t) {
		// gc calls the value method through a nil pointer, which panics, and prints <nil>.
		p.put("<nil>")
		return true
	}
	s, ok := runtime.methodText(t, d, 0)
	if !ok {
		s, ok = runtime.methodText(t, d, 1)
	}
	if !ok {
		return false
	}
	p.fmtString(s, verb)
	return true
}

// valueMethod reports whether the Error or String method pointer type t would call is
// declared on the pointee's value receiver (the pointee's descriptor has it too).
func valueMethod(t uint32) bool {
	for id := uint32(0); id < 2; id++ {
		if runtime.ifaceMethod(t, id) >= 0 {
			return runtime.ifaceMethod(ld(t+tElem), id) >= 0
		}
	}
	return false
}

// goString formats a GoStringer with its GoString method (for %#v).
func (p *pp) goString(t uint32, d uint32) bool {
	g, ok := eface(t, d).(GoStringer)
	if ok {
		p.fmtS(g.GoString())
	}
	return ok
}

// printValue formats the value of type t stored at address a; depth > 0 for the elements,
// fields and dynamic values of another value, which are formatted through their methods.
func (p *pp) printValue(t uint32, a uint32, verb rune, depth int) {
	if depth > 0 && p.handleMethods(t, a, verb) {
		return
	}
	p.printAt(t, a, verb, depth)
}

// printAt formats the value of type t at a by its kind. The compiler leaves out the kinds
// no type of the program has (runtime.kindUsed is a constant).
func (p *pp) printAt(t uint32, a uint32, verb rune, depth int) {
	ptr := unsafe.Pointer(uintptr(a))
	ok := true
	switch k := ld(t) & kindMask; {
	case runtime.kindUsed(1<<kBool) && k == kBool:
		ok = p.fmtBool(*(*bool)(ptr), verb)
	case runtime.kindUsed(intKinds) && k >= kInt && k <= kUintptr:
		ok = p.fmtInteger(intAt(t, a), k < kUint, verb)
	case runtime.kindUsed(1<<kFloat32) && k == kFloat32:
		ok = p.fmtFloat(float64(*(*float32)(ptr)), 32, verb)
	case runtime.kindUsed(1<<kFloat64) && k == kFloat64:
		ok = p.fmtFloat(*(*float64)(ptr), 64, verb)
	case runtime.kindUsed(complexKinds) && (k == kComplex64 || k == kComplex128):
		ok = p.fmtComplexAt(k, ptr, verb)
	case runtime.kindUsed(1<<kString) && k == kString:
		ok = p.fmtString(*(*string)(ptr), verb)
	case runtime.kindUsed(1<<kInterface) && k == kInterface:
		it, id := ld(a), ld(a+4)
		if it == 0 {
			if p.sharpV {
				p.put(runtime.typeName(t))
				p.put("(nil)")
			} else {
				p.put("<nil>")
			}
			return
		}
		p.printValue(it, valueAddr(it, id), verb, depth+1)
	case runtime.kindUsed(1<<kStruct) && k == kStruct:
		p.printStruct(t, a, verb, depth)
	case runtime.kindUsed(1<<kSlice|1<<kArray) && (k == kSlice || k == kArray):
		p.printList(t, a, verb, depth)
	case runtime.kindUsed(1<<kMap) && k == kMap:
		p.printMap(t, ld(a), verb, depth)
	case runtime.kindUsed(1<<kPointer) && k == kPointer:
		if v := ld(a); depth == 0 && v != 0 {
			et := ld(t + tElem)
			switch ld(et) & kindMask {
			case kArray, kSlice, kStruct, kMap:
				p.putByte('&')
				p.printValue(et, v, verb, depth+1)
				return
			}
		}
		p.fmtPointer(t, a, verb)
	case runtime.kindUsed(1<<kChan|1<<kFunc|1<<kUnsafePointer) && (k == kChan || k == kFunc || k == kUnsafePointer):
		p.fmtPointer(t, a, verb)
	default:
		p.putByte('?')
		p.put(runtime.typeName(t))
		p.putByte('?')
	}
	if !ok {
		p.badVerb(verb, t, a)
	}
}

func (p *pp) printStruct(t uint32, a uint32, verb rune, depth int) {
	if p.sharpV {
		p.put(runtime.typeName(t))
	}
	p.putByte('{')
	n := ld(t + tNFields)
	f := ld(t + tFields)
	ro := p.ro
	for i := uint32(0); i < n; i++ {
		e := f + i*16
		if i > 0 {
			if p.sharpV {
				p.put(", ")
			} else {
				p.putByte(' ')
			}
		}
		name := unsafe.String((*byte)(unsafe.Pointer(uintptr(ld(e)))), int(ld(e+4)))
		if (p.plusV || p.sharpV) && name != "" {
			p.put(name)
			p.putByte(':')
		}
		if name == "" || name[0] < 'A' || name[0] > 'Z' {
			p.ro = true
		}
		p.printValue(ld(e+8), a+ld(e+12)&0x7fffffff, verb, depth+1)
		p.ro = ro
	}
	p.putByte('}')
}

// printList formats a slice or an array.
func (p *pp) printList(t uint32, a uint32, verb rune, depth int) {
	et := ld(t + tElem)
	slice := ld(t)&kindMask == kSlice
	base, n := a, ld(t+tLen)
	if slice {
		base, n = ld(a), ld(a+4)
	}
	if ld(et)&kindMask == kUint8 {
		switch verb {
		case 's', 'q', 'x', 'X':
			p.fmtString(unsafe.String((*byte)(unsafe.Pointer(uintptr(base))), int(n)), verb)
			return
		}
	}
	size := ld(et + tSize)
	if p.sharpV {
		name := runtime.typeName(t)
		if depth == 0 && name == "[]uint8" && !p.erroring && (verb == 'v' || verb == 'd') {
			// gc prints a []byte operand's type as written (for the verbs fmtBytes takes).
			name = "[]byte"
		}
		p.put(name)
		if slice && base == 0 {
			p.put("(nil)")
			return
		}
		p.putByte('{')
		for i := uint32(0); i < n; i++ {
			if i > 0 {
				p.put(", ")
			}
			p.printValue(et, base+i*size, verb, depth+1)
		}
		p.putByte('}')
		return
	}
	p.putByte('[')
	for i := uint32(0); i < n; i++ {
		if i > 0 {
			p.putByte(' ')
		}
		p.printValue(et, base+i*size, verb, depth+1)
	}
	p.putByte(']')
}

// intAt loads the integer of type t at a, sign-extended for signed kinds.
func intAt(t uint32, a uint32) uint64 {
	ptr := unsafe.Pointer(uintptr(a))
	signed := ld(t)&kindMask < kUint
	switch ld(t + tSize) {
	case 1:
		if signed {
			return uint64(int64(*(*int8)(ptr)))
		}
		return uint64(*(*uint8)(ptr))
	case 2:
		if signed {
			return uint64(int64(*(*int16)(ptr)))
		}
		return uint64(*(*uint16)(ptr))
	case 4:
		if signed {
			return uint64(int64(*(*int32)(ptr)))
		}
		return uint64(*(*uint32)(ptr))
	}
	return *(*uint64)(ptr)
}

// printMap formats map h (runtime/map.go's layout: slots of [top][key][value]) as gc does,
// keys sorted as internal/fmtsort sorts them.
func (p *pp) printMap(t uint32, h uint32, verb rune, depth int) {
	if p.sharpV {
		p.put(runtime.typeName(t))
		if h == 0 {
			p.put("(nil)")
			return
		}
		p.putByte('{')
	} else {
		p.put("map[")
	}
	kt, vt := ld(t+tLen), ld(t+tElem)
	voff := 4 + (ld(kt+tSize)+3)&^3
	size := (voff + ld(vt+tSize) + 3) &^ 3
	var slots []uint32
	if h != 0 {
		base, n := ld(h+4), ld(h+8)
		for i := uint32(0); i < n; i++ {
			if s := base + i*size; ld(s) >= 2 {
				slots = append(slots, s)
			}
		}
	}
	for i := 1; i < len(slots); i++ {
		for j := i; j > 0 && compareAt(kt, slots[j]+4, slots[j-1]+4) < 0; j-- {
			slots[j], slots[j-1] = slots[j-1], slots[j]
		}
	}
	for i, s := range slots {
		if i > 0 {
			if p.sharpV {
				p.put(", ")
			} else {
				p.putByte(' ')
			}
		}
		p.printValue(kt, s+4, verb, depth+1)
		p.putByte(':')
		p.printValue(vt, s+voff, verb, depth+1)
	}
	if p.sharpV {
		p.putByte('}')
	} else {
		p.putByte(']')
	}
}

// compareAt orders map keys of type t at a and b as internal/fmtsort does: numbers,
// strings and booleans by value (NaN first), pointers and channels by address, structs and
// arrays element by element, interfaces by dynamic type, then value.
func compareAt(t uint32, a uint32, b uint32) int {
	pa, pb := unsafe.Pointer(uintptr(a)), unsafe.Pointer(uintptr(b))
	switch k := ld(t) & kindMask; k {
	case kInt, kInt8, kInt16, kInt32, kInt64:
		return cmp3(int64(intAt(t, a)) < int64(intAt(t, b)), int64(intAt(t, a)) > int64(intAt(t, b)))
	case kUint, kUint8, kUint16, kUint32, kUint64, kUintptr:
		return cmp3(intAt(t, a) < intAt(t, b), intAt(t, a) > intAt(t, b))
	case kFloat32:
		return floatCompare(float64(*(*float32)(pa)), float64(*(*float32)(pb)))
	case kFloat64:
		return floatCompare(*(*float64)(pa), *(*float64)(pb))
	case kString:
		x, y := *(*string)(pa), *(*string)(pb)
		return cmp3(x < y, x > y)
	case kBool:
		x, y := *(*bool)(pa), *(*bool)(pb)
		return cmp3(!x && y, x && !y)
	case kPointer, kChan, kUnsafePointer:
		return cmp3(ld(a) < ld(b), ld(a) > ld(b))
	case kStruct:
		n, f := ld(t+tNFields), ld(t+tFields)
		for i := uint32(0); i < n; i++ {
			e := f + i*16
			off := ld(e+12) & 0x7fffffff
			if c := compareAt(ld(e+8), a+off, b+off); c != 0 {
				return c
			}
		}
	case kArray:
		et := ld(t + tElem)
		size := ld(et + tSize)
		for i := uint32(0); i < ld(t+tLen); i++ {
			if c := compareAt(et, a+i*size, b+i*size); c != 0 {
				return c
			}
		}
	case kInterface:
		ta, tb := ld(a), ld(b)
		if ta == 0 || tb == 0 || ta != tb {
			return cmp3(ta < tb, ta > tb)
		}
		return compareAt(ta, valueAddr(ta, ld(a+4)), valueAddr(tb, ld(b+4)))
	default:
		if runtime.kindUsed(complexKinds) {
			if k == kComplex64 || k == kComplex128 {
				return compareComplexAt(k, pa, pb)
			}
		}
	}
	return 0
}

func cmp3(less bool, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

func floatCompare(a float64, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case a != a && b == b:
		return -1
	case a == a && b != b:
		return 1
	}
	return 0
}

// fmtPointer formats the pointer-shaped value (pointer, map, chan, func, slice) at a.
func (p *pp) fmtPointer(t uint32, a uint32, verb rune) {
	switch ld(t) & kindMask {
	case kPointer, kMap, kChan, kFunc, kSlice, kUnsafePointer:
	default:
		p.badVerb(verb, t, a)
		return
	}
	u := uint64(ld(a))
	switch verb {
	case 'v':
		if p.sharpV {
			p.putByte('(')
			p.put(runtime.typeName(t))
			p.put(")(")
			if u == 0 {
				p.put("nil")
			} else {
				p.fmt0x64(u, true)
			}
			p.putByte(')')
		} else if u == 0 {
			p.padString("<nil>")
		} else {
			p.fmt0x64(u, !p.sharp)
		}
	case 'p':
		p.fmt0x64(u, !p.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(u, false, verb)
	default:
		p.badVerb(verb, t, a)
	}
}

// badVerb writes %!verb(type=value) for an operand the verb does not apply to.
func (p *pp) badVerb(verb rune, t uint32, a uint32) {
	p.erroring = true
	p.bangVerb(verb, "(")
	if t == 0 {
		p.put("<nil>")
	} else {
		p.put(runtime.typeName(t))
		p.putByte('=')
		p.printValue(t, a, 'v', 0)
	}
	p.putByte(')')
	p.erroring = false
}

// writePadding appends n bytes of padding: zeros with the 0 flag (left padding only).
func (p *pp) writePadding(n int) {
	c := byte(' ')
	if p.zero && !p.minus {
		c = '0'
	}
	for ; n > 0; n-- {
		p.putByte(c)
	}
}

// pad appends b padded to the width.
func (p *pp) pad(b []byte) {
	if len(b) == 0 {
		p.padString("")
		return
	}
	p.padString(unsafe.String(&b[0], len(b)))
}

// padString appends s padded to the width.
func (p *pp) padString(s string) {
	if !p.hasW || p.wid == 0 {
		p.put(s)
		return
	}
	n := p.wid - runeCount(s)
	if !p.minus {
		p.writePadding(n)
		p.put(s)
	} else {
		p.put(s)
		p.writePadding(n)
	}
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// fmt0x64 formats v in hexadecimal, with a 0x prefix if leading0x.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.sharp
	p.sharp = leading0x
	p.fmtInt(v, 16, false, 'v', ldigits)
	p.sharp = sharp
}

// fmtBool formats a boolean; false for a verb booleans do not take.
func (p *pp) fmtBool(v bool, verb rune) bool {
	if verb != 'v' && verb != 't' {
		return false
	}
	if v {
		p.padString("true")
	} else {
		p.padString("false")
	}
	return true
}

// fmtInteger formats an integer; false for a verb integers do not take.
func (p *pp) fmtInteger(v uint64, signed bool, verb rune) bool {
	switch verb {
	case 'v':
		if p.sharpV && !signed {
			p.fmt0x64(v, true)
		} else {
			p.fmtInt(v, 10, signed, verb, ldigits)
		}
	case 'd':
		p.fmtInt(v, 10, signed, verb, ldigits)
	case 'b':
		p.fmtInt(v, 2, signed, verb, ldigits)
	case 'o', 'O':
		p.fmtInt(v, 8, signed, verb, ldigits)
	case 'x':
		p.fmtInt(v, 16, signed, verb, ldigits)
	case 'X':
		p.fmtInt(v, 16, signed, verb, udigits)
	case 'c':
		p.pad(appendRune(nil, toRune(v)))
	case 'q':
		if p.plus {
			p.padString(strconv.QuoteRuneToASCII(toRune(v)))
		} else {
			p.padString(strconv.QuoteRune(toRune(v)))
		}
	case 'U':
		p.fmtUnicode(v)
	default:
		return false
	}
	return true
}

// toRune is v as a rune for %c and %q: U+FFFD beyond the Unicode range.
func toRune(v uint64) rune {
	if v > 0x10FFFF {
		return 0xFFFD
	}
	return rune(v)
}

// fmtInt formats u in the base: precision is a minimum digit count, the 0 flag pads with
// zeros after the sign, # adds the base prefix.
func (p *pp) fmtInt(u uint64, base uint64, signed bool, verb rune, digits string) {
	negative := signed && int64(u) < 0
	if negative {
		u = -u
	}
	prec := 0
	if p.hasP {
		prec = p.prec
		if prec == 0 && u == 0 {
			zero := p.zero
			p.zero = false
			p.writePadding(p.wid)
			p.zero = zero
			return
		}
	} else if p.zero && !p.minus && p.hasW {
		prec = p.wid
		if negative || p.plus || p.space {
			prec--
		}
	}
	var tmp [68]byte
	buf := tmp[:]
	if w := 3 + p.wid + p.prec; w > len(buf) {
		buf = make([]byte, w)
	}
	i := len(buf)
	for u >= base {
		i--
		buf[i] = digits[u%base]
		u /= base
	}
	i--
	buf[i] = digits[u]
	for i > 0 && prec > len(buf)-i {
		i--
		buf[i] = '0'
	}
	if p.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}
	if negative {
		i--
		buf[i] = '-'
	} else if p.plus {
		i--
		buf[i] = '+'
	} else if p.space {
		i--
		buf[i] = ' '
	}
	zero := p.zero
	p.zero = false
	p.pad(buf[i:])
	p.zero = zero
}

// fmtUnicode formats u as U+0078, with # also the character: U+0078 'x'.
func (p *pp) fmtUnicode(u uint64) {
	prec := 4
	if p.hasP && p.prec > 4 {
		prec = p.prec
	}
	var b []byte
	for s := 60; s >= 0; s -= 4 {
		if d := (u >> uint(s)) & 15; d != 0 || len(b) > 0 || s < prec*4 {
			b = append(b, udigits[d])
		}
	}
	b = append([]byte("U+"), b...)
	if p.sharp && u <= 0x10FFFF && strconv.IsPrint(rune(u)) {
		b = append(b, ' ', '\'')
		b = appendRune(b, rune(u))
		b = append(b, '\'')
	}
	zero := p.zero
	p.zero = false
	p.pad(b)
	p.zero = zero
}

// fmtFloat formats a float; false for a verb floats do not take.
func (p *pp) fmtFloat(v float64, size int, verb rune) bool {
	switch verb {
	case 'v':
		p.fmtF(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmtF(v, size, byte(verb), -1)
	case 'f', 'e', 'E':
		p.fmtF(v, size, byte(verb), 6)
	case 'F':
		p.fmtF(v, size, 'f', 6)
	default:
		return false
	}
	return true
}

// fmtComplexAt formats the complex number of kind k at ptr.
func (p *pp) fmtComplexAt(k uint32, ptr unsafe.Pointer, verb rune) bool {
	if k == kComplex64 {
		return p.fmtComplex(complex128(*(*complex64)(ptr)), 64, verb)
	}
	return p.fmtComplex(*(*complex128)(ptr), 128, verb)
}

// compareComplexAt orders complex map keys of kind k as internal/fmtsort does: by real
// part, then imaginary part.
func compareComplexAt(k uint32, pa unsafe.Pointer, pb unsafe.Pointer) int {
	if k == kComplex64 {
		x, y := *(*complex64)(pa), *(*complex64)(pb)
		if c := floatCompare(float64(real(x)), float64(real(y))); c != 0 {
			return c
		}
		return floatCompare(float64(imag(x)), float64(imag(y)))
	}
	x, y := *(*complex128)(pa), *(*complex128)(pb)
	if c := floatCompare(real(x), real(y)); c != 0 {
		return c
	}
	return floatCompare(imag(x), imag(y))
}

// fmtComplex formats a complex number as gc does, (real+imagi), each part as fmtFloat
// formats a float of half the size, the imaginary part always with its sign; false for a
// verb complex numbers do not take.
func (p *pp) fmtComplex(v complex128, size int, verb rune) bool {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		oldPlus := p.plus
		p.putByte('(')
		p.fmtFloat(real(v), size/2, verb)
		p.plus = true
		p.fmtFloat(imag(v), size/2, verb)
		p.put("i)")
		p.plus = oldPlus
		return true
	}
	return false
}

// fmtF formats a float as strconv.AppendFloat(v, verb, prec, size) with the sign, # and
// padding rules of gc's fmt.
func (p *pp) fmtF(v float64, size int, verb byte, prec int) {
	if p.hasP {
		prec = p.prec
	}
	num := []byte{'+'}
	switch verb {
	case 'b', 'x', 'X':
		num = strconv.AppendFloat(num, v, verb, prec, size)
	case 'E', 'G':
		num = runtime.AppendFloat(num, v, verb+'a'-'A', prec, size)
		for i := range num {
			if num[i] == 'e' {
				num[i] = 'E'
			}
		}
	default:
		num = runtime.AppendFloat(num, v, verb, prec, size)
	}
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	}
	if p.space && num[0] == '+' && !p.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		// Infinities and NaN are never zero padded; NaN has a sign only if asked for.
		zero := p.zero
		p.zero = false
		if num[1] == 'N' && !p.space && !p.plus {
			num = num[1:]
		}
		p.pad(num)
		p.zero = zero
		return
	}
	if p.sharp && verb != 'b' {
		num = sharpFloat(num, verb, prec)
	}
	if p.plus || num[0] != '+' {
		if p.zero && !p.minus && p.hasW && p.wid > len(num) {
			p.putByte(num[0])
			p.writePadding(p.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:])
}

// sharpFloat applies the # flag to a formatted float (sign first): a decimal point always,
// and for %g/%x the trailing zeros up to the precision (6 by default).
func sharpFloat(num []byte, verb byte, prec int) []byte {
	digits := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		digits = prec
		if digits == -1 {
			digits = 6
		}
	}
	var tail []byte
	hasPoint := false
	sawNonzero := false
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			hasPoint = true
			continue
		}
		if c == 'p' || c == 'P' || (c == 'e' || c == 'E') && verb != 'x' && verb != 'X' {
			tail = append(tail, num[i:]...)
			num = num[:i]
			break
		}
		if c != '0' {
			sawNonzero = true
		}
		if sawNonzero {
			digits--
		}
	}
	if !hasPoint {
		if len(num) == 2 && num[1] == '0' {
			digits--
		}
		num = append(num, '.')
	}
	for ; digits > 0; digits-- {
		num = append(num, '0')
	}
	return append(num, tail...)
}

// fmtString formats a string; false for a verb strings do not take.
func (p *pp) fmtString(s string, verb rune) bool {
	switch verb {
	case 'v':
		if p.sharpV {
			p.fmtQ(s)
		} else {
			p.fmtS(s)
		}
	case 's':
		p.fmtS(s)
	case 'x':
		p.fmtSx(s, ldigits)
	case 'X':
		p.fmtSx(s, udigits)
	case 'q':
		p.fmtQ(s)
	default:
		return false
	}
	return true
}

// truncate cuts s to the precision, counted in runes.
func (p *pp) truncate(s string) string {
	if p.hasP {
		n := p.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

func (p *pp) fmtS(s string) {
	p.padString(p.truncate(s))
}

// fmtSx formats the bytes of s in hexadecimal (the precision limits the bytes; the space
// flag separates them, # prefixes 0x to the whole or, with space, to each).
func (p *pp) fmtSx(s string, digits string) {
	length := len(s)
	if p.hasP && p.prec < length {
		length = p.prec
	}
	width := 2 * length
	if width > 0 {
		if p.space {
			if p.sharp {
				width *= 2
			}
			width += length - 1
		} else if p.sharp {
			width += 2
		}
	} else {
		if p.hasW {
			p.writePadding(p.wid)
		}
		return
	}
	if p.hasW && p.wid > width && !p.minus {
		p.writePadding(p.wid - width)
	}
	if p.sharp {
		p.putByte('0')
		p.putByte(digits[16])
	}
	for i := 0; i < length; i++ {
		if p.space && i > 0 {
			p.putByte(' ')
			if p.sharp {
				p.putByte('0')
		p.putByte(digits[16])
			}
		}
		c := s[i]
		p.putByte(digits[c>>4])
		p.putByte(digits[c&15])
	}
	if p.hasW && p.wid > width && p.minus {
		p.writePadding(p.wid - width)
	}
}

// fmtQ formats s as a quoted Go string: backquoted with # when possible, ASCII-only with +.
func (p *pp) fmtQ(s string) {
	s = p.truncate(s)
	if p.sharp && strconv.CanBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	if p.plus {
		p.padString(strconv.QuoteToASCII(s))
	} else {
		p.padString(strconv.Quote(s))
	}
}
