// Package fmt: Print, Println, Printf, Sprint, Sprintln, Sprintf and Errorf with gc's output
// for the common verbs. Values are inspected through the runtime's type descriptors
// (runtime/iface.go); only what a program calls ends up in its module.
package fmt

import (
	"runtime"
	"unsafe"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// Descriptor offsets and kinds (runtime/iface.go).
const (
	tSize     = 4
	tElem     = 16
	tLen      = 20
	tNFields  = 32
	tFields   = 36
	kindMask  = 255
	flagDirect = 512

	kBool      = 1
	kInt       = 2
	kInt8      = 3
	kInt16     = 4
	kInt32     = 5
	kInt64     = 6
	kUint      = 7
	kUint8     = 8
	kUint16    = 9
	kUint32    = 10
	kUint64    = 11
	kUintptr   = 12
	kFloat32   = 13
	kFloat64   = 14
	kArray     = 17
	kChan      = 18
	kFunc      = 19
	kInterface = 20
	kMap       = 21
	kPointer   = 22
	kSlice     = 23
	kString    = 24
	kStruct    = 25

	intKinds = 1<<kInt | 1<<kInt8 | 1<<kInt16 | 1<<kInt32 | 1<<kInt64 | 1<<kUint | 1<<kUint8 | 1<<kUint16 | 1<<kUint32 | 1<<kUint64 | 1<<kUintptr
)

type pp struct {
	buf   []byte
	minus bool
	plus  bool
	sharp bool
	space bool
	zero  bool
	wid   int
	prec  int
	hasW  bool
	hasP  bool
	plusV bool
}

func ld(a uint32) uint32 { return *(*uint32)(unsafe.Pointer(uintptr(a))) }

// words splits an interface value into its type and data words.
func words(a any) (uint32, uint32) {
	p := (*[2]uint32)(unsafe.Pointer(&a))
	return p[0], p[1]
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

// Errorf formats an error message; a %w operand is kept for errors.Unwrap.
func Errorf(format string, a ...any) error {
	p := &pp{}
	p.doPrintf(format, a)
	var wrapped error
	for i := 0; i+1 < len(format); i++ {
		if format[i] == '%' && format[i+1] == 'w' {
			n := 0
			for j := 0; j < i; j++ {
				if format[j] == '%' && j+1 < len(format) && format[j+1] != '%' {
					n++
				}
			}
			if n < len(a) {
				if e, ok := a[n].(error); ok {
					wrapped = e
				}
			}
			break
		}
	}
	return &wrapError{string(p.buf), wrapped}
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		t, _ := words(arg)
		isString := t != 0 && ld(t)&kindMask == kString
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArgV(arg)
		prevString = isString
	}
}

func (p *pp) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArgV(arg)
	}
	p.buf = append(p.buf, '\n')
}

func (p *pp) clearFlags() {
	p.minus, p.plus, p.sharp, p.space, p.zero = false, false, false, false, false
	p.wid, p.prec, p.hasW, p.hasP, p.plusV = 0, 0, false, false, false
}

func (p *pp) doPrintf(format string, a []any) {
	argNum := 0
	end := len(format)
	for i := 0; i < end; {
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf = append(p.buf, format[lasti:i]...)
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
				p.zero = !p.minus
			case '+':
				p.plus = true
			case '-':
				p.minus = true
				p.zero = false
			case ' ':
				p.space = true
			default:
				break flags
			}
		}
		if i < end && format[i] == '*' {
			i++
			if argNum < len(a) {
				if n, ok := a[argNum].(int); ok {
					p.wid, p.hasW = n, true
					if n < 0 {
						p.minus, p.wid = true, -n
					}
				}
				argNum++
			}
		} else {
			for i < end && format[i] >= '0' && format[i] <= '9' {
				p.wid = p.wid*10 + int(format[i]-'0')
				p.hasW = true
				i++
			}
		}
		if i < end && format[i] == '.' {
			i++
			p.hasP = true
			if i < end && format[i] == '*' {
				i++
				if argNum < len(a) {
					if n, ok := a[argNum].(int); ok {
						p.prec = n
					}
					argNum++
				}
			} else {
				for i < end && format[i] >= '0' && format[i] <= '9' {
					p.prec = p.prec*10 + int(format[i]-'0')
					i++
				}
			}
		}
		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}
		verb := format[i]
		size := 1
		if verb >= 0x80 {
			_, size = decodeRune(format[i:])
			verb = '?'
		}
		i += size
		if verb == '%' {
			p.buf = append(p.buf, '%')
			continue
		}
		if argNum >= len(a) {
			p.buf = append(p.buf, '%', '!', verb)
			p.buf = append(p.buf, "(MISSING)"...)
			continue
		}
		if verb == 'w' {
			verb = 'v'
		}
		if verb == 'v' && p.plus {
			p.plus, p.plusV = false, true
		}
		p.printArg(a[argNum], verb)
		argNum++
	}
	if argNum < len(a) {
		p.clearFlags()
		p.buf = append(p.buf, "%!(EXTRA "...)
		for k := argNum; k < len(a); k++ {
			if k > argNum {
				p.buf = append(p.buf, ", "...)
			}
			t, _ := words(a[k])
			if t == 0 {
				p.buf = append(p.buf, "<nil>"...)
			} else {
				p.buf = append(p.buf, runtime.typeName(t)...)
				p.buf = append(p.buf, '=')
				p.printArg(a[k], 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
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
	p.buf = append(p.buf, s...)
}

func (p *pp) printArg(arg any, verb byte) {
	t, d := words(arg)
	if t == 0 {
		switch verb {
		case 'T', 'v':
			p.pad("<nil>")
		default:
			p.badArg(verb, arg)
		}
		return
	}
	if verb == 'T' {
		p.pad(runtime.typeName(t))
		return
	}
	if verb == 'p' {
		p.fmtP(d)
		return
	}
	// Values of the basic types (which have no methods) are formatted directly, as gc's
	// fmt does. The compiler leaves out a case whose type no value of the program is
	// converted to, and the generic printer when every converted type has its case: a
	// program printing only strings carries no integer, float or reflection code.
	switch v := arg.(type) {
	case nil:
	case string:
		switch verb {
		case 'v', 's', 'q', 'x', 'X':
			p.fmtString(v, verb)
		default:
			p.badArg(verb, arg)
		}
	case bool:
		p.fmtBool(v, verb, arg)
	case int:
		p.fmtIntArg(uint64(v), true, verb, arg)
	case int8:
		p.fmtIntArg(uint64(v), true, verb, arg)
	case int16:
		p.fmtIntArg(uint64(v), true, verb, arg)
	case int32:
		p.fmtIntArg(uint64(v), true, verb, arg)
	case int64:
		p.fmtIntArg(uint64(v), true, verb, arg)
	case uint:
		p.fmtIntArg(uint64(v), false, verb, arg)
	case uint8:
		p.fmtIntArg(uint64(v), false, verb, arg)
	case uint16:
		p.fmtIntArg(uint64(v), false, verb, arg)
	case uint32:
		p.fmtIntArg(uint64(v), false, verb, arg)
	case uint64:
		p.fmtIntArg(v, false, verb, arg)
	case uintptr:
		p.fmtIntArg(uint64(v), false, verb, arg)
	case float32:
		if !p.fmtFloat(float64(v), 32, verb) {
			p.badArg(verb, arg)
		}
	case float64:
		if !p.fmtFloat(v, 64, verb) {
			p.badArg(verb, arg)
		}
	default:
		p.printValue(t, d, verb, 0)
	}
}

func (p *pp) fmtBool(v bool, verb byte, arg any) {
	if verb != 'v' && verb != 't' {
		p.badArg(verb, arg)
		return
	}
	if v {
		p.pad("true")
	} else {
		p.pad("false")
	}
}

func (p *pp) fmtIntArg(u uint64, signed bool, verb byte, arg any) {
	if !p.fmtInteger(u, signed, verb) {
		p.badArg(verb, arg)
	}
}

// badArg is badVerb for an argument of a basic type or nil.
func (p *pp) badArg(verb byte, arg any) {
	t, _ := words(arg)
	if p.badHead(verb, t) {
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, ')')
}

// badHead starts a bad verb's text: `%!verb(type=`, or `%!verb(<nil>` (then false).
func (p *pp) badHead(verb byte, t uint32) bool {
	p.buf = append(p.buf, '%', '!', verb, '(')
	if t == 0 {
		p.buf = append(p.buf, "<nil>"...)
		return false
	}
	p.buf = append(p.buf, runtime.typeName(t)...)
	p.buf = append(p.buf, '=')
	p.clearFlags()
	return true
}

// printValue formats the value with dynamic type t and interface data word d.
func (p *pp) printValue(t uint32, d uint32, verb byte, depth int) {
	if p.handleMethods(t, d, verb) {
		return
	}
	if ld(t)&flagDirect != 0 {
		cell := d
		p.printAt(t, uint32(uintptr(unsafe.Pointer(&cell))), verb, depth)
		return
	}
	p.printAt(t, d, verb, depth)
}

// handleMethods formats values with Error or String methods as their result.
func (p *pp) handleMethods(t uint32, d uint32, verb byte) bool {
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
	default:
		return false
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

// printAt formats the value of type t stored at address a. The compiler leaves out the
// kinds no type of the program has (runtime.kindUsed is a constant).
func (p *pp) printAt(t uint32, a uint32, verb byte, depth int) {
	ptr := unsafe.Pointer(uintptr(a))
	switch k := ld(t) & kindMask; {
	case runtime.kindUsed(1<<kBool) && k == kBool:
		if verb != 'v' && verb != 't' {
			p.badVerb(verb, t, a)
			return
		}
		if *(*bool)(ptr) {
			p.pad("true")
		} else {
			p.pad("false")
		}
	case runtime.kindUsed(intKinds) && k >= kInt && k <= kUintptr:
		if !p.fmtInteger(intAt(t, a), k < kUint, verb) {
			p.badVerb(verb, t, a)
		}
	case runtime.kindUsed(1<<kFloat32) && k == kFloat32:
		if !p.fmtFloat(float64(*(*float32)(ptr)), 32, verb) {
			p.badVerb(verb, t, a)
		}
	case runtime.kindUsed(1<<kFloat64) && k == kFloat64:
		if !p.fmtFloat(*(*float64)(ptr), 64, verb) {
			p.badVerb(verb, t, a)
		}
	case runtime.kindUsed(1<<kString) && k == kString:
		switch verb {
		case 'v', 's', 'q', 'x', 'X':
			p.fmtString(*(*string)(ptr), verb)
		default:
			p.badVerb(verb, t, a)
		}
	case runtime.kindUsed(1<<kInterface) && k == kInterface:
		it, id := ld(a), ld(a+4)
		if it == 0 {
			p.pad("<nil>")
			return
		}
		p.printValue(it, id, verb, depth+1)
	case runtime.kindUsed(1<<kStruct) && k == kStruct:
		p.buf = append(p.buf, '{')
		n := ld(t + tNFields)
		f := ld(t + tFields)
		for i := uint32(0); i < n; i++ {
			e := f + i*16
			if i > 0 {
				p.buf = append(p.buf, ' ')
			}
			if p.plusV {
				p.buf = append(p.buf, unsafe.String((*byte)(unsafe.Pointer(uintptr(ld(e)))), int(ld(e+4)))...)
				p.buf = append(p.buf, ':')
			}
			p.printField(ld(e+8), a+ld(e+12)&0x7fffffff, verb, depth+1)
		}
		p.buf = append(p.buf, '}')
	case runtime.kindUsed(1<<kSlice|1<<kArray) && (k == kSlice || k == kArray):
		et := ld(t + tElem)
		base, n := a, ld(t+tLen)
		if ld(t)&kindMask == kSlice {
			base, n = ld(a), ld(a+4)
		}
		if ld(et)&kindMask == kUint8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
			p.fmtString(unsafe.String((*byte)(unsafe.Pointer(uintptr(base))), int(n)), verb)
			return
		}
		size := ld(et + tSize)
		p.buf = append(p.buf, '[')
		for i := uint32(0); i < n; i++ {
			if i > 0 {
				p.buf = append(p.buf, ' ')
			}
			p.printField(et, base+i*size, verb, depth+1)
		}
		p.buf = append(p.buf, ']')
	case runtime.kindUsed(1<<kPointer) && k == kPointer:
		v := ld(a)
		if depth == 0 && v != 0 && (verb == 'v') {
			switch ld(ld(t+tElem)) & kindMask {
			case kStruct, kArray, kSlice:
				p.buf = append(p.buf, '&')
				p.printAt(ld(t+tElem), v, verb, depth+1)
				return
			}
		}
		p.fmtPointer(t, v, verb)
	case runtime.kindUsed(1<<kMap) && k == kMap:
		p.printMap(t, ld(a), verb, depth)
	default:
		p.fmtPointer(t, ld(a), verb)
	}
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
// keys sorted (numbers, strings and booleans by value, others as stored).
func (p *pp) printMap(t uint32, h uint32, verb byte, depth int) {
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
		for j := i; j > 0 && keyLess(kt, slots[j]+4, slots[j-1]+4); j-- {
			slots[j], slots[j-1] = slots[j-1], slots[j]
		}
	}
	p.buf = append(p.buf, "map["...)
	for i, s := range slots {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printField(kt, s+4, verb, depth+1)
		p.buf = append(p.buf, ':')
		p.printField(vt, s+voff, verb, depth+1)
	}
	p.buf = append(p.buf, ']')
}

// keyLess orders map keys as fmt does (internal/fmtsort) for basic kinds.
func keyLess(t uint32, a uint32, b uint32) bool {
	switch k := ld(t) & kindMask; {
	case k >= kInt && k < kUint:
		return int64(intAt(t, a)) < int64(intAt(t, b))
	case k >= kUint && k <= kUintptr:
		return intAt(t, a) < intAt(t, b)
	case k == kFloat64:
		x, y := *(*float64)(unsafe.Pointer(uintptr(a))), *(*float64)(unsafe.Pointer(uintptr(b)))
		return x < y || x != x && y == y
	case k == kFloat32:
		x, y := *(*float32)(unsafe.Pointer(uintptr(a))), *(*float32)(unsafe.Pointer(uintptr(b)))
		return x < y || x != x && y == y
	case k == kString:
		return *(*string)(unsafe.Pointer(uintptr(a))) < *(*string)(unsafe.Pointer(uintptr(b)))
	case k == kBool:
		return !*(*bool)(unsafe.Pointer(uintptr(a))) && *(*bool)(unsafe.Pointer(uintptr(b)))
	}
	return false
}

// printField formats a value stored in memory at a (a field or element), calling its
// Error or String method if it has one.
func (p *pp) printField(t uint32, a uint32, verb byte, depth int) {
	d := a
	if ld(t)&flagDirect != 0 {
		d = ld(a)
	}
	if ld(t)&kindMask != kInterface && p.handleMethods(t, d, verb) {
		return
	}
	p.printAt(t, a, verb, depth)
}

func (p *pp) fmtPointer(t uint32, v uint32, verb byte) {
	switch verb {
	case 'v', 'p':
		if v == 0 && verb == 'v' {
			p.pad("<nil>")
			return
		}
		p.fmtP(v)
	default:
		p.badVerb(verb, t, 0)
	}
}

// fmtP formats an address as %p does.
func (p *pp) fmtP(v uint32) {
	p.buf = append(p.buf, '0', 'x')
	p.buf = appendUint(p.buf, uint64(v), 16, false)
}

func (p *pp) badVerb(verb byte, t uint32, a uint32) {
	if p.badHead(verb, t) {
		p.printAt(t, a, 'v', 0)
	}
	p.buf = append(p.buf, ')')
}

// pad appends s padded to the width with spaces.
func (p *pp) pad(s string) {
	n := 0
	if p.hasW {
		n = p.wid - runeCount(s)
	}
	if !p.minus {
		p.buf = appendRepeat(p.buf, ' ', n)
	}
	p.buf = append(p.buf, s...)
	if p.minus {
		p.buf = appendRepeat(p.buf, ' ', n)
	}
}

// padNumber pads a formatted number: zeros go after its sign.
func (p *pp) padNumber(s []byte) {
	if p.hasW && p.zero && !p.minus && len(s) < p.wid {
		k := 0
		if s[0] == '-' || s[0] == '+' || s[0] == ' ' {
			k = 1
		}
		p.buf = append(p.buf, s[:k]...)
		p.buf = appendRepeat(p.buf, '0', p.wid-len(s))
		p.buf = append(p.buf, s[k:]...)
		return
	}
	p.pad(string(s))
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// fmtInteger formats an integer; false for a verb integers do not take.
func (p *pp) fmtInteger(u uint64, signed bool, verb byte) bool {
	base := uint64(10)
	switch verb {
	case 'v', 'd':
	case 'x', 'X':
		base = 16
	case 'o', 'O':
		base = 8
	case 'b':
		base = 2
	case 'c':
		p.pad(string([]rune{rune(u)}))
		return true
	case 'q':
		p.pad(quoteRune(rune(u)))
		return true
	case 'U':
		s := []byte("U+")
		digits := appendUint(nil, u, 16, true)
		s = append(appendRepeat(s, '0', 4-len(digits)), digits...)
		if p.sharp && u >= 0x20 && u <= 0x10FFFF && u != 0x7f {
			s = append(append(append(s, ' ', '\''), string([]rune{rune(u)})...), '\'')
		}
		p.pad(string(s))
		return true
	default:
		return false
	}
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}
	var s []byte
	if neg {
		s = append(s, '-')
	} else if p.plus {
		s = append(s, '+')
	} else if p.space {
		s = append(s, ' ')
	}
	if verb == 'O' || p.sharp && base != 10 {
		s = append(s, '0')
		if verb != 'o' {
			s = append(s, verb)
		}
	}
	digits := appendUint(nil, u, base, verb == 'X')
	if p.hasP {
		if p.prec == 0 && u == 0 {
			digits = digits[:0]
		}
		s = appendRepeat(s, '0', p.prec-len(digits))
		p.zero = false
	}
	p.padNumber(append(s, digits...))
	return true
}

// appendUint appends u in base 2, 8, 10 or 16.
func appendUint(b []byte, u uint64, base uint64, upper bool) []byte {
	digits := "0123456789abcdef"
	if upper {
		digits = "0123456789ABCDEF"
	}
	var tmp [64]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = digits[u%base]
		u /= base
		if u == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}

// appendRepeat appends n copies of c (none when n <= 0).
func appendRepeat(b []byte, c byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, c)
	}
	return b
}

// appendHexByte appends c as two hex digits.
func appendHexByte(b []byte, c byte, upper bool) []byte {
	if c < 16 {
		b = append(b, '0')
	}
	return appendUint(b, uint64(c), 16, upper)
}

// fmtFloat formats a float; false for a verb floats do not take.
func (p *pp) fmtFloat(v float64, size int, verb byte) bool {
	prec := -1
	if p.hasP {
		prec = p.prec
	}
	format := byte('g')
	upper := false
	switch verb {
	case 'v', 'g':
	case 'G':
		upper = true
	case 'e':
		format = 'e'
	case 'E':
		format, upper = 'e', true
	case 'f', 'F':
		format = 'f'
	default:
		return false
	}
	if (format == 'e' || format == 'f') && prec < 0 {
		prec = 6
	}
	s := runtime.AppendFloat(nil, v, format, prec, size)
	if s[0] != '-' && s[0] != '+' {
		if p.plus {
			s = append([]byte{'+'}, s...)
		} else if p.space {
			s = append([]byte{' '}, s...)
		}
	} else if s[0] == '+' && p.space && !p.plus {
		s[0] = ' '
	}
	if upper {
		for i := range s {
			if s[i] == 'e' {
				s[i] = 'E'
			}
		}
	}
	if s[len(s)-1] == 'f' || s[len(s)-1] == 'N' {
		// Inf and NaN are never zero padded.
		p.zero = false
	}
	p.padNumber(s)
	return true
}

func (p *pp) fmtString(s string, verb byte) {
	if p.hasP && verb != 'x' && verb != 'X' {
		n := 0
		for i := range s {
			if n == p.prec {
				s = s[:i]
				break
			}
			n++
		}
	}
	switch verb {
	case 'v', 's':
		p.pad(s)
	case 'q':
		p.pad(quote(s))
	case 'x', 'X':
		var b []byte
		for i := 0; i < len(s); i++ {
			if p.space && i > 0 {
				b = append(b, ' ')
			}
			b = appendHexByte(b, s[i], verb == 'X')
		}
		p.pad(string(b))
	}
}

func quoteRune(r rune) string {
	if r == '\'' {
		return `'\''`
	}
	return "'" + escape(string([]rune{r}), '\'') + "'"
}

func quote(s string) string {
	return "\"" + escape(s, '"') + "\""
}

// escape writes s as strconv.Quote's body: printable runes as is, the usual escapes, \x for
// bytes of invalid UTF-8 and control characters.
func escape(s string, q byte) string {
	const from = "\a\b\f\n\r\t\v\\"
	const to = "abfnrtv\\"
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		n := 1
		if c >= 0x80 {
			var r rune
			r, n = decodeRune(s[i:])
			if r != 0xFFFD || n > 1 {
				b = append(b, s[i:i+n]...)
				i += n
				continue
			}
		}
		i += n
		k := 0
		for k < len(from) && from[k] != c {
			k++
		}
		switch {
		case k < len(from):
			b = append(b, '\\', to[k])
		case c == q:
			b = append(b, '\\', c)
		case c < 0x20 || c >= 0x7f:
			b = append(b, '\\', 'x')
			b = appendHexByte(b, c, false)
		default:
			b = append(b, c)
		}
	}
	return string(b)
}
