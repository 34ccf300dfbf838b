// Adapted from Go's standard library: Copyright The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be found in
// Go's LICENSE file (https://go.dev/LICENSE).

// Package reflect over the compiler's type descriptors (runtime/iface.go; gc's reflect is
// written against gc's runtime ABI: abi.Type, its maps and its calling convention). When a
// program has this package, every descriptor also carries reflect's part
// (ir/lower/iface.rs, reflect_part): the descriptor of *T, package path and short name,
// field tags, the maptype and the names of the method table's entries.
//
// A Value is (descriptor, address of the value, flags): values of pointer-shaped types that
// arrive in an interface's data word are copied into a scanned cell, so every Value reads
// and writes its value through ptr. Maps go through the runtime's hash table with the
// maptype from the descriptor. Method tables list the methods some interface type of the
// program names (plus Error and String), so NumMethod, Method and MethodByName see those;
// Call calls the methods of type func() string (Error, String). PointerTo of a type whose
// pointer type the program never mentions builds a descriptor at run time (no methods).
// fmt prints a Value through its String method ("<int Value>"), where gc's fmt prints the
// value it holds.
package reflect

import (
	"runtime"
	"strconv"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Descriptor offsets (runtime/iface.go, then reflect's part).
const (
	tSize     = 4
	tName     = 8
	tElem     = 16
	tLen      = 20
	tNMethods = 24
	tMethods  = 28
	tNFields  = 32
	tFields   = 36
	tPtrTo    = 40
	tPkgPath  = 44
	tShort    = 52
	tTags     = 60
	tMapType  = 64
	tMNames   = 68
	descSize  = 72

	kindMask         = 255
	flagUncomparable = 256
	flagDirect       = 512
	flagNamed        = 1024
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

func ld(a uint32) uint32 { return *(*uint32)(unsafe.Pointer(uintptr(a))) }

// text reads a (ptr, len) pair at a.
func text(a uint32) string {
	if ld(a+4) == 0 {
		return ""
	}
	return unsafe.String((*byte)(unsafe.Pointer(uintptr(ld(a)))), int(ld(a+4)))
}

func addrOf(p unsafe.Pointer) uint32 { return uint32(uintptr(p)) }

func ptrOf(a uint32) unsafe.Pointer { return unsafe.Pointer(uintptr(a)) }

// cell returns a new scanned word holding w (a pointer-shaped value).
func cell(w uint32) unsafe.Pointer {
	p := runtime.mallocgc(4, false)
	*(*uint32)(p) = w
	return p
}

func words(a any) (uint32, uint32) {
	p := (*[2]uint32)(unsafe.Pointer(&a))
	return p[0], p[1]
}

func eface(t uint32, d uint32) any {
	var a any
	p := (*[2]uint32)(unsafe.Pointer(&a))
	p[0], p[1] = t, d
	return a
}

// rtype is a type descriptor; its words are read by offset.
type rtype struct {
	kindFlags uint32
}

func (t *rtype) addr() uint32 { return addrOf(unsafe.Pointer(t)) }

func (t *rtype) k() Kind { return Kind(t.kindFlags & kindMask) }

func rt(d uint32) *rtype { return (*rtype)(ptrOf(d)) }

func toType(d uint32) Type {
	if d == 0 {
		return nil
	}
	return rt(d)
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	Key() Type
	Len() int
	NumField() int
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
	common() *rtype
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, as Go's Lookup does.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return t.k() }

func (t *rtype) Size() uintptr { return uintptr(ld(t.addr() + tSize)) }

func (t *rtype) String() string { return text(t.addr() + tName) }

func (t *rtype) Name() string {
	if t.kindFlags&flagNamed != 0 {
		return text(t.addr() + tShort)
	}
	k := t.k()
	if k >= Bool && k <= Complex128 || k == String || k == UnsafePointer {
		return t.String()
	}
	return ""
}

func (t *rtype) PkgPath() string {
	if t.kindFlags&flagNamed == 0 {
		return ""
	}
	return text(t.addr() + tPkgPath)
}

func (t *rtype) Comparable() bool { return t.kindFlags&flagUncomparable == 0 }

func (t *rtype) Align() int {
	switch t.k() {
	case Struct:
		a := 1
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i).Type.Align(); f > a {
				a = f
			}
		}
		return a
	case Array:
		return t.Elem().Align()
	case String, Slice, Interface, Complex64:
		return 4
	}
	s := int(t.Size())
	if s == 0 {
		return 1
	}
	return s
}

func (t *rtype) FieldAlign() int { return t.Align() }

func (t *rtype) Bits() int {
	k := t.k()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t *rtype) Elem() Type {
	switch t.k() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(ld(t.addr() + tElem))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.k() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(ld(t.addr() + tLen))
}

func (t *rtype) Len() int {
	if t.k() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int(ld(t.addr() + tLen))
}

func (t *rtype) NumField() int {
	if t.k() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return int(ld(t.addr() + tNFields))
}

// isExported reports whether a field or method name starts with an upper-case letter.
func isExported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

func (t *rtype) Field(i int) StructField {
	if t.k() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= t.NumField() {
		panic("reflect: Field index out of bounds")
	}
	e := ld(t.addr()+tFields) + uint32(i)*16
	f := StructField{Name: text(e), Type: toType(ld(e + 8)), Offset: uintptr(ld(e+12) & 0x7fffffff), Index: []int{i}, Anonymous: ld(e+12)>>31 != 0}
	if tags := ld(t.addr() + tTags); tags != 0 {
		f.Tag = StructTag(text(tags + uint32(i)*8))
	}
	if !isExported(f.Name) {
		// Unnamed struct types do not record their package: gc's path is main's there.
		f.PkgPath = "main"
		if t.kindFlags&flagNamed != 0 {
			f.PkgPath = t.PkgPath()
		}
	}
	return f
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for i, x := range index {
		if i > 0 && cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
			cur = cur.Elem()
		}
		f = cur.Field(x)
		cur = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

// FieldByName finds the field with that name, looking through embedded structs breadth
// first; a name found twice at the shallowest depth is ambiguous (not found), as in gc.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.k() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	type scan struct {
		t     *rtype
		index []int
	}
	level := []scan{{t, nil}}
	seen := map[*rtype]bool{}
	for len(level) > 0 {
		var next []scan
		var found StructField
		count := 0
		for _, s := range level {
			if seen[s.t] {
				continue
			}
			seen[s.t] = true
			for i := 0; i < s.t.NumField(); i++ {
				f := s.t.Field(i)
				index := append(append([]int(nil), s.index...), i)
				if f.Name == name {
					count++
					if count == 1 {
						found = f
						found.Index = index
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type.common()
					if ft.k() == Pointer {
						ft = ft.Elem().common()
					}
					if ft.k() == Struct {
						next = append(next, scan{ft, index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		level = next
	}
	return StructField{}, false
}

// methodIndex lists the table entries of t's exported methods sorted by name, as gc
// numbers methods.
func (t *rtype) methodIndex() []int {
	if t.k() == Interface {
		return nil
	}
	n := int(ld(t.addr() + tNMethods))
	names := ld(t.addr() + tMNames)
	var idx []int
	for i := 0; i < n; i++ {
		if names != 0 && isExported(text(names+uint32(i)*8)) {
			idx = append(idx, i)
		}
	}
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && text(names+uint32(idx[j])*8) < text(names+uint32(idx[j-1])*8); j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	return idx
}

func (t *rtype) NumMethod() int {
	if t.k() == Interface {
		return int(ld(t.addr() + tNMethods))
	}
	return len(t.methodIndex())
}

func (t *rtype) Method(i int) Method {
	if t.k() == Interface {
		if i < 0 || i >= t.NumMethod() {
			panic("reflect: Method index out of range")
		}
		return Method{Name: text(ld(t.addr()+tMethods) + uint32(i)*12 + 4), Index: i}
	}
	idx := t.methodIndex()
	if i < 0 || i >= len(idx) {
		panic("reflect: Method index out of range")
	}
	return Method{Name: text(ld(t.addr()+tMNames) + uint32(idx[i])*8), Index: i}
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	for i := 0; i < t.NumMethod(); i++ {
		if m := t.Method(i); m.Name == name {
			return m, true
		}
	}
	return Method{}, false
}

// hasMethod reports whether t's method table (or interface method list) has method id.
func (t *rtype) hasMethod(id uint32) bool {
	m := ld(t.addr() + tMethods)
	stride := uint32(8)
	if t.k() == Interface {
		stride = 12
	}
	for i := uint32(0); i < ld(t.addr()+tNMethods); i++ {
		if ld(m+i*stride) == id {
			return true
		}
	}
	return false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

// implements reports whether type t has every method of interface type it.
func implements(it *rtype, t *rtype) bool {
	m := ld(it.addr() + tMethods)
	for i := uint32(0); i < ld(it.addr()+tNMethods); i++ {
		if !t.hasMethod(ld(m + i*12)) {
			return false
		}
	}
	return true
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return assignable(u.common(), t)
}

// assignable reports whether a value of type t can be assigned to type to.
func assignable(to *rtype, t *rtype) bool {
	if to == t {
		return true
	}
	if to.k() == Interface {
		return implements(to, t)
	}
	return (to.Name() == "" || t.Name() == "") && sameUnder(to, t)
}

// sameUnder reports whether two types have identical underlying types (descriptors of
// identical unnamed types are one descriptor, so element types compare by address).
func sameUnder(a *rtype, b *rtype) bool {
	if a.k() != b.k() || a.Size() != b.Size() {
		return false
	}
	switch a.k() {
	case Pointer, Slice, Chan:
		return ld(a.addr()+tElem) == ld(b.addr()+tElem)
	case Array, Map:
		return ld(a.addr()+tElem) == ld(b.addr()+tElem) && ld(a.addr()+tLen) == ld(b.addr()+tLen)
	case Struct:
		if a.NumField() != b.NumField() {
			return false
		}
		for i := 0; i < a.NumField(); i++ {
			fa, fb := a.Field(i), b.Field(i)
			if fa.Name != fb.Name || fa.Type != fb.Type || fa.Anonymous != fb.Anonymous || fa.Tag != fb.Tag {
				return false
			}
		}
		return true
	case Func, Interface:
		return a.String() == b.String()
	}
	return true
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertible(u.common(), t)
}

func isNumber(k Kind) bool { return k >= Int && k <= Complex128 }

func convertible(to *rtype, t *rtype) bool {
	if assignable(to, t) || sameUnder(to, t) {
		return true
	}
	tk, k := to.k(), t.k()
	switch {
	case isNumber(tk) && isNumber(k):
		return (tk >= Complex64) == (k >= Complex64)
	case tk == String && (k >= Int && k <= Uintptr || isBytesOrRunes(t)):
		return true
	case k == String && isBytesOrRunes(to):
		return true
	case tk == Pointer && k == Pointer:
		return sameUnder(to.Elem().common(), t.Elem().common())
	case tk == Array && k == Slice:
		return ld(to.addr()+tElem) == ld(t.addr()+tElem)
	case tk == Pointer && k == Slice && to.Elem().Kind() == Array:
		return ld(to.Elem().common().addr()+tElem) == ld(t.addr()+tElem)
	}
	return false
}

func isBytesOrRunes(t *rtype) bool {
	if t.k() != Slice {
		return false
	}
	e := t.Elem().common()
	return e.kindFlags&flagNamed == 0 && (e.k() == Uint8 || e.k() == Int32)
}

// ptrs holds the pointer descriptors made at run time, by element descriptor.
var ptrs map[uint32]unsafe.Pointer

// ptrTo is the descriptor of *t: the compiler's, or one made now.
func ptrTo(t *rtype) *rtype {
	if d := ld(t.addr() + tPtrTo); d != 0 {
		return rt(d)
	}
	if p, ok := ptrs[t.addr()]; ok {
		return (*rtype)(p)
	}
	if ptrs == nil {
		ptrs = map[uint32]unsafe.Pointer{}
	}
	p := runtime.mallocgc(descSize, false)
	d := addrOf(p)
	name := "*" + t.String()
	*(*uint32)(p) = uint32(Pointer) | flagDirect
	*(*uint32)(ptrOf(d + tSize)) = 4
	*(*string)(ptrOf(d + tName)) = name
	*(*uint32)(ptrOf(d + tElem)) = t.addr()
	ptrs[t.addr()] = p
	return rt(d)
}

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return ptrTo(t.common()) }

// PtrTo is the old name for PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// TypeOf returns the dynamic type of i (nil for a nil interface).
func TypeOf(i any) Type {
	t, _ := words(i)
	return toType(t)
}

// TypeFor returns the Type that represents the type argument T.
func TypeFor[T any]() Type {
	return TypeOf((*T)(nil)).Elem()
}

type flag uint32

const (
	flagAddr     flag = 1
	flagStickyRO flag = 2
	flagEmbedRO  flag = 4
	flagMethod   flag = 8
	flagRO            = flagStickyRO | flagEmbedRO
	// A method value's index (in its receiver's table) is above the flags.
	flagMethodShift = 8
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (v Value) mustBe(k Kind, method string) {
	if v.Kind() != k {
		panic(&ValueError{method, v.Kind()})
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.typ == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

func (v Value) mustBeExported(method string) {
	if v.typ == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

// ValueOf returns a new Value holding the value in i (the zero Value for nil).
func ValueOf(i any) Value {
	t, d := words(i)
	if t == 0 {
		return Value{}
	}
	if ld(t)&flagDirect != 0 {
		return Value{rt(t), cell(d), 0}
	}
	return Value{rt(t), ptrOf(d), 0}
}

func (v Value) addr() uint32 { return addrOf(v.ptr) }

// word is the first word of the value.
func (v Value) word() uint32 { return ld(v.addr()) }

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.typ != nil }

// Kind returns v's Kind (Invalid for the zero Value).
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	if v.flag&flagMethod != 0 {
		return Func
	}
	return v.typ.k()
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic("reflect: Type of a method value is not available")
	}
	return v.typ
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// dataWord is the interface data word for v's value: the value itself for pointer-shaped
// types, else the address of a copy (shared when v is not addressable: nothing changes it).
func (v Value) dataWord() uint32 {
	if v.typ.kindFlags&flagDirect != 0 {
		return v.word()
	}
	if v.flag&flagAddr == 0 {
		return v.addr()
	}
	return addrOf(copyOf(v.typ, v.ptr))
}

// copyOf returns a new copy of the value of type t at p.
func copyOf(t *rtype, p unsafe.Pointer) unsafe.Pointer {
	n := ld(t.addr() + tSize)
	q := runtime.mallocgc(n, false)
	runtime.memcopy(q, p, int32(n))
	return q
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return packEface(v)
}

func packEface(v Value) any {
	if v.flag&flagMethod != 0 {
		panic("reflect: Interface of a method value is not available")
	}
	if v.typ.k() == Interface {
		return *(*any)(v.ptr)
	}
	return eface(v.typ.addr(), v.dataWord())
}

// TypeAssert is v.Interface().(T) without the allocation gc avoids.
func TypeAssert[T any](v Value) (T, bool) {
	if v.typ == nil {
		panic(&ValueError{"reflect.TypeAssert", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.TypeAssert: cannot return value obtained from unexported field or method")
	}
	x, ok := packEface(v).(T)
	return x, ok
}

// Elem returns the value the interface v contains or the pointer v points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		t, d := ld(v.addr()), ld(v.addr()+4)
		if t == 0 {
			return Value{}
		}
		fl := v.flag & flagRO
		if ld(t)&flagDirect != 0 {
			return Value{rt(t), cell(d), fl}
		}
		return Value{rt(t), ptrOf(d), fl}
	case Pointer:
		p := v.word()
		if p == 0 {
			return Value{}
		}
		return Value{rt(ld(v.typ.addr() + tElem)), ptrOf(p), v.flag&flagRO | flagAddr}
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{ptrTo(v.typ), cell(v.addr()), v.flag & flagRO}
}

// Indirect returns the value that v points to (v itself if v is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// NumField returns the number of fields in the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return v.typ.NumField()
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	if uint(i) >= uint(v.typ.NumField()) {
		panic("reflect: Field index out of range")
	}
	e := ld(v.typ.addr()+tFields) + uint32(i)*16
	fl := v.flag & (flagStickyRO | flagAddr)
	if !isExported(text(e)) {
		if ld(e+12)>>31 != 0 {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{rt(ld(e + 8)), ptrOf(v.addr() + ld(e+12)&0x7fffffff), fl}
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.Elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName returns the struct field with the given name (the zero Value if none).
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Len returns v's length.
func (v Value) Len() int {
	switch v.Kind() {
	case Slice, String:
		return int(ld(v.addr() + 4))
	case Array:
		return int(ld(v.typ.addr() + tLen))
	case Map:
		return int(runtime.maplen(ptrOf(v.word())))
	case Pointer:
		if v.typ.Elem().Kind() == Array {
			return v.typ.Elem().Len()
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch v.Kind() {
	case Slice:
		return int(ld(v.addr() + 8))
	case Array:
		return int(ld(v.typ.addr() + tLen))
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Index returns v's i'th element.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Slice:
		if uint(i) >= uint(ld(v.addr()+4)) {
			panic("reflect: slice index out of range")
		}
		et := rt(ld(v.typ.addr() + tElem))
		return Value{et, ptrOf(v.word() + uint32(i)*ld(et.addr()+tSize)), flagAddr | v.flag&flagRO}
	case Array:
		if uint(i) >= uint(ld(v.typ.addr()+tLen)) {
			panic("reflect: array index out of range")
		}
		et := rt(ld(v.typ.addr() + tElem))
		return Value{et, ptrOf(v.addr() + uint32(i)*ld(et.addr()+tSize)), v.flag & (flagAddr | flagRO)}
	case String:
		s := *(*string)(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		b := runtime.mallocgc(1, true)
		*(*byte)(b) = s[i]
		return Value{uint8Type, b, v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

var uint8Type = TypeOf(uint8(0)).common()

// Slice returns v[i:j] of a slice or string (slicing an array needs the descriptor of its
// slice type, which the program may not have).
func (v Value) Slice(i, j int) Value {
	var base uint32
	var cap int
	var t *rtype
	switch v.Kind() {
	case Slice:
		base, cap, t = v.word(), int(ld(v.addr()+8)), v.typ
	case String:
		s := *(*string)(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		p := runtime.mallocgc(8, false)
		*(*string)(p) = s[i:j]
		return Value{v.typ, p, v.flag & flagRO}
	default:
		panic(&ValueError{"reflect.Value.Slice", v.Kind()})
	}
	if i < 0 || j < i || j > cap {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	esize := ld(ld(t.addr()+tElem) + tSize)
	p := runtime.mallocgc(12, false)
	h := addrOf(p)
	*(*uint32)(p) = base + uint32(i)*esize
	*(*int32)(ptrOf(h + 4)) = int32(j - i)
	*(*int32)(ptrOf(h + 8)) = int32(cap - i)
	return Value{t, p, v.flag & flagRO}
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return *(*bool)(v.ptr)
}

// Int returns v's underlying value, as an int64.
func (v Value) Int() int64 {
	switch v.Kind() {
	case Int, Int64:
		return *(*int64)(v.ptr)
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

// Uint returns v's underlying value, as a uint64.
func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint, Uint64, Uintptr:
		return *(*uint64)(v.ptr)
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

// Float returns v's underlying value, as a float64.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

// Complex returns v's underlying value, as a complex128.
func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

// String returns v's string value, or "<T Value>" for other kinds.
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	if v.flag&flagMethod != 0 {
		return "<func() Value>"
	}
	return "<" + v.typ.String() + " Value>"
}

// Bytes returns v's underlying byte slice (or addressable byte array).
func (v Value) Bytes() []byte {
	switch v.Kind() {
	case Slice:
		if v.typ.Elem().Kind() == Uint8 {
			return *(*[]byte)(v.ptr)
		}
	case Array:
		if v.typ.Elem().Kind() == Uint8 {
			if v.flag&flagAddr == 0 {
				panic("reflect.Value.Bytes of unaddressable byte array")
			}
			return unsafe.Slice((*byte)(v.ptr), v.Len())
		}
	}
	panic("reflect.Value.Bytes of non-byte slice")
}

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return uintptr(v.word())
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	return unsafe.Pointer(v.Pointer())
}

// UnsafeAddr returns a pointer to v's data.
func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.addr())
}

// IsNil reports whether v is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		if v.flag&flagMethod != 0 {
			return false
		}
		return v.word() == 0
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case String:
		return ld(v.addr()+4) == 0
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return v.word() == 0
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	}
	n := ld(v.typ.addr() + tSize)
	for i := uint32(0); i < n; i++ {
		if *(*byte)(ptrOf(v.addr() + i)) != 0 {
			return false
		}
	}
	return true
}

// Comparable reports whether v's value is comparable.
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Interface:
		return v.Elem().Comparable()
	}
	return v.typ.Comparable()
}

// OverflowInt reports whether x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	k := v.Kind()
	if k < Int || k > Int64 {
		panic(&ValueError{"reflect.Value.OverflowInt", k})
	}
	return v.typ.OverflowInt(x)
}

// OverflowUint reports whether x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	k := v.Kind()
	if k < Uint || k > Uintptr {
		panic(&ValueError{"reflect.Value.OverflowUint", k})
	}
	return v.typ.OverflowUint(x)
}

// OverflowFloat reports whether x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	k := v.Kind()
	if k != Float32 && k != Float64 {
		panic(&ValueError{"reflect.Value.OverflowFloat", k})
	}
	return v.typ.OverflowFloat(x)
}

func (t *rtype) OverflowInt(x int64) bool {
	k := t.k()
	if k < Int || k > Int64 {
		panic("reflect: OverflowInt of non-int type " + t.String())
	}
	s := t.Size() * 8
	trunc := (x << (64 - s)) >> (64 - s)
	return x != trunc
}

func (t *rtype) OverflowUint(x uint64) bool {
	k := t.k()
	if k < Uint || k > Uintptr {
		panic("reflect: OverflowUint of non-uint type " + t.String())
	}
	s := t.Size() * 8
	trunc := (x << (64 - s)) >> (64 - s)
	return x != trunc
}

func (t *rtype) OverflowFloat(x float64) bool {
	switch t.k() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return 3.40282346638528859811704183484516925440e+38 < x && x <= 1.79769313486231570814527423731704356798070e+308
	case Float64:
		return false
	}
	panic("reflect: OverflowFloat of non-float type " + t.String())
}

// Equal reports whether v is equal to u, as == on their values (interfaces compared by
// their contents); uncomparable values panic.
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.typ != u.typ {
		return false
	}
	if !v.typ.Comparable() {
		panic("reflect.Value.Equal: values of type " + v.typ.String() + " are not comparable")
	}
	return packEface(v) == packEface(u)
}

// assignTo returns the address of x's value as a value of type to (x converted to an
// interface type when to is one).
func (x Value) assignTo(method string, to *rtype) unsafe.Pointer {
	if x.flag&flagMethod != 0 {
		panic("reflect: " + method + ": method values cannot be assigned")
	}
	if x.typ == to {
		return x.ptr
	}
	if to.k() == Interface && implements(to, x.typ) {
		p := runtime.mallocgc(8, false)
		if x.typ.k() == Interface {
			*(*any)(p) = *(*any)(x.ptr)
		} else {
			*(*uint32)(p) = x.typ.addr()
			*(*uint32)(ptrOf(addrOf(p) + 4)) = x.dataWord()
		}
		return p
	}
	if assignable(to, x.typ) {
		return x.ptr
	}
	panic(method + ": value of type " + x.typ.String() + " is not assignable to type " + to.String())
}

// Set assigns x to v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.mustBeExported("reflect.Set")
	p := x.assignTo("reflect.Set", v.typ)
	runtime.memcopy(v.ptr, p, int32(v.typ.Size()))
}

// SetZero sets v to the zero value of v's type.
func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	runtime.memclr(v.ptr, int32(v.typ.Size()))
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.Kind() {
	case Int, Int64:
		*(*int64)(v.ptr) = x
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.Kind() {
	case Uint, Uint64, Uintptr:
		*(*uint64)(v.ptr) = x
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ.Elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	if uint(n) > uint(ld(v.addr()+8)) {
		panic("reflect: slice length out of range in SetLen")
	}
	*(*int32)(ptrOf(v.addr() + 4)) = int32(n)
}

// SetCap sets v's capacity to n.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	if n < int(ld(v.addr()+4)) || n > int(ld(v.addr()+8)) {
		panic("reflect: slice capacity out of range in SetCap")
	}
	*(*int32)(ptrOf(v.addr() + 8)) = int32(n)
}

// Grow increases the slice's capacity, if necessary, to make room for n more elements.
func (v Value) Grow(n int) {
	v.mustBeAssignable("reflect.Value.Grow")
	v.mustBe(Slice, "reflect.Value.Grow")
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	v.grow(n)
}

func (v Value) grow(n int) {
	l, c := int(ld(v.addr()+4)), int(ld(v.addr()+8))
	if l+n <= c {
		return
	}
	nc := 2 * c
	if nc < l+n {
		nc = l + n
	}
	if nc < 4 {
		nc = 4
	}
	esize := ld(ld(v.typ.addr()+tElem) + tSize)
	p := runtime.mallocgc(uint32(nc)*esize, false)
	runtime.memcopy(p, ptrOf(v.word()), int32(uint32(l)*esize))
	*(*uint32)(v.ptr) = addrOf(p)
	*(*int32)(ptrOf(v.addr() + 8)) = int32(nc)
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	s = s.extend(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	n := s.Len()
	m := t.Len()
	s = s.extend(m)
	for i := 0; i < m; i++ {
		s.Index(n + i).Set(t.Index(i))
	}
	return s
}

// extend returns a copy of slice s with n more elements (room grown as needed).
func (s Value) extend(n int) Value {
	p := runtime.mallocgc(12, false)
	runtime.memcopy(p, s.ptr, 12)
	c := Value{s.typ, p, flagAddr}
	c.grow(n)
	*(*int32)(ptrOf(addrOf(p) + 4)) += int32(n)
	c.flag = 0
	return c
}

// Copy copies the contents of src into dst until either dst has been filled or src has
// been exhausted, and returns the number of elements copied.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array && dst.flag&flagAddr == 0 {
		panic("reflect.Copy: unaddressable array value")
	}
	dst.mustBeExported("reflect.Copy")
	src.mustBeExported("reflect.Copy")
	n := dst.Len()
	if src.Len() < n {
		n = src.Len()
	}
	esize := ld(ld(dst.typ.addr()+tElem) + tSize)
	var dp, sp unsafe.Pointer
	if dk == Array {
		dp = dst.ptr
	} else {
		dp = ptrOf(dst.word())
	}
	switch src.Kind() {
	case Array:
		sp = src.ptr
	case Slice, String:
		sp = ptrOf(src.word())
	default:
		panic(&ValueError{"reflect.Copy", src.Kind()})
	}
	runtime.memcopy(dp, sp, int32(uint32(n)*esize))
	return n
}

// New returns a Value representing a pointer to a new zero value for typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	p := runtime.mallocgc(ld(t.addr()+tSize), false)
	return Value{ptrTo(t), cell(addrOf(p)), 0}
}

// Zero returns a Value representing the zero value for typ.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, runtime.mallocgc(ld(t.addr()+tSize), false), 0}
}

// MakeSlice creates a new zero-initialized slice value for the specified slice type.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	esize := ld(ld(t.addr()+tElem) + tSize)
	h := runtime.mallocgc(12, false)
	*(*uint32)(h) = addrOf(runtime.mallocgc(uint32(cap)*esize, false))
	*(*int32)(ptrOf(addrOf(h) + 4)) = int32(len)
	*(*int32)(ptrOf(addrOf(h) + 8)) = int32(cap)
	return Value{t, h, 0}
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize creates a new map with the specified type and room for about n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	h := runtime.makemap(ptrOf(ld(t.addr()+tMapType)), int64(n))
	return Value{t, cell(addrOf(h)), 0}
}

// MapIndex returns the value associated with key in the map v (the zero Value if absent).
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	kt := rt(ld(v.typ.addr() + tLen))
	k := key.assignTo("reflect.Value.MapIndex", kt)
	p := runtime.mapaccess(ptrOf(ld(v.typ.addr()+tMapType)), ptrOf(v.word()), k)
	if p == nil {
		return Value{}
	}
	et := rt(ld(v.typ.addr() + tElem))
	return Value{et, copyOf(et, p), (v.flag | key.flag) & flagRO}
}

// SetMapIndex sets the element associated with key in the map v to elem; the zero Value
// as elem deletes the key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	mt := ptrOf(ld(v.typ.addr() + tMapType))
	k := key.assignTo("reflect.Value.SetMapIndex", rt(ld(v.typ.addr()+tLen)))
	if !elem.IsValid() {
		runtime.mapdelete(mt, ptrOf(v.word()), k)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	et := rt(ld(v.typ.addr() + tElem))
	e := elem.assignTo("reflect.Value.SetMapIndex", et)
	p := runtime.mapassign(mt, ptrOf(v.word()), k, "")
	runtime.memcopy(p, e, int32(et.Size()))
}

// MapKeys returns a slice containing all the keys present in the map, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	var keys []Value
	it := v.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
	}
	return keys
}

// A MapIter is an iterator for ranging over a map.
type MapIter struct {
	m       Value
	it      unsafe.Pointer
	started bool
	done    bool
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v}
}

// Next advances the map iterator and reports whether there is another entry.
func (iter *MapIter) Next() bool {
	if iter.done {
		return false
	}
	if !iter.started {
		iter.started = true
		iter.it = runtime.mapiterinit(ptrOf(ld(iter.m.typ.addr()+tMapType)), ptrOf(iter.m.word()))
	}
	if !runtime.mapiternext(iter.it) {
		iter.done = true
		return false
	}
	return true
}

func (iter *MapIter) entry(off uint32, t *rtype) Value {
	if !iter.started || iter.done {
		panic("MapIter.Key called before Next")
	}
	return Value{t, copyOf(t, ptrOf(ld(addrOf(iter.it)+off))), iter.m.flag & flagRO}
}

// Key returns the key of iter's current map entry.
func (iter *MapIter) Key() Value { return iter.entry(20, rt(ld(iter.m.typ.addr()+tLen))) }

// Value returns the value of iter's current map entry.
func (iter *MapIter) Value() Value { return iter.entry(24, rt(ld(iter.m.typ.addr()+tElem))) }

// Reset modifies iter to iterate over v.
func (iter *MapIter) Reset(v Value) {
	*iter = MapIter{m: v}
}

// NumMethod returns the number of exported methods in the value's method set.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.typ.k() == Interface {
		panic("reflect: Method on an interface value: use Elem first")
	}
	idx := v.typ.methodIndex()
	if uint(i) >= uint(len(idx)) {
		panic("reflect: Method index out of range")
	}
	return Value{v.typ, v.ptr, v.flag&flagRO | flagMethod | flag(idx[i])<<flagMethodShift}
}

// MethodByName returns a function value corresponding to the method of v with the given
// name (the zero Value if none).
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if m, ok := v.typ.MethodByName(name); ok {
		return v.Method(m.Index)
	}
	return Value{}
}

// Call calls the method value v with no arguments. Calls reach methods of type
// func() string (Error, String): a method's other signatures are not in its descriptor.
func (v Value) Call(in []Value) []Value {
	if v.flag&flagMethod == 0 {
		panic(&ValueError{"reflect.Value.Call", v.Kind()})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value.Call using value obtained using unexported field")
	}
	i := uint32(v.flag >> flagMethodShift)
	e := ld(v.typ.addr()+tMethods) + i*8
	id := ld(e)
	if id > 1 {
		panic("reflect: Call of method " + text(ld(v.typ.addr()+tMNames)+i*8) + ": only methods of type func() string can be called through reflect here")
	}
	if len(in) != 0 {
		panic("reflect: Call with too many input arguments")
	}
	recv := Value{v.typ, v.ptr, v.flag &^ (flagMethod | 0xffffff00)}
	return []Value{ValueOf(runtime.callString(int32(ld(e+4)), recv.dataWord()))}
}

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 {
		panic("reflect.Value.Convert: method values cannot be converted")
	}
	to := t.common()
	if !convertible(to, v.typ) {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + to.String())
	}
	if to.k() == Interface {
		return Value{to, v.assignTo("reflect.Value.Convert", to), v.flag & flagRO}
	}
	r := Zero(t)
	r.flag = v.flag & flagRO
	k, tk := v.Kind(), to.k()
	switch {
	case tk >= Int && tk <= Int64:
		r.flag |= flagAddr
		r.SetInt(toInt(v))
	case tk >= Uint && tk <= Uintptr:
		r.flag |= flagAddr
		r.SetUint(uint64(toInt(v)))
	case tk == Float32 || tk == Float64:
		r.flag |= flagAddr
		switch {
		case k == Float32 || k == Float64:
			r.SetFloat(v.Float())
		case k >= Uint && k <= Uintptr:
			r.SetFloat(float64(v.Uint()))
		default:
			r.SetFloat(float64(v.Int()))
		}
	case tk == String && k != String && k != Slice:
		r.flag |= flagAddr
		r.SetString(string(rune(toInt(v))))
	case tk == String && k == Slice:
		if v.typ.Elem().Kind() == Uint8 {
			*(*string)(r.ptr) = string(*(*[]byte)(v.ptr))
		} else {
			*(*string)(r.ptr) = string(*(*[]rune)(v.ptr))
		}
	case tk == Slice && k == String:
		if to.Elem().Kind() == Uint8 {
			*(*[]byte)(r.ptr) = []byte(*(*string)(v.ptr))
		} else {
			*(*[]rune)(r.ptr) = []rune(*(*string)(v.ptr))
		}
	case tk == Complex64 || tk == Complex128:
		c := v.Complex()
		if tk == Complex64 {
			*(*complex64)(r.ptr) = complex64(c)
		} else {
			*(*complex128)(r.ptr) = c
		}
	case tk == Array && k == Slice:
		if v.Len() < to.Len() {
			panic("reflect: cannot convert slice with length " + strconv.Itoa(v.Len()) + " to array with length " + strconv.Itoa(to.Len()))
		}
		runtime.memcopy(r.ptr, ptrOf(v.word()), int32(to.Size()))
	default:
		runtime.memcopy(r.ptr, v.ptr, int32(to.Size()))
	}
	r.flag &^= flagAddr
	return r
}

// toInt is a numeric value as an int64 (floats truncated, unsigned values' bits kept).
func toInt(v Value) int64 {
	switch k := v.Kind(); {
	case k >= Int && k <= Int64:
		return v.Int()
	case k >= Uint && k <= Uintptr:
		return int64(v.Uint())
	case k == Float32 || k == Float64:
		return int64(v.Float())
	}
	panic(&ValueError{"reflect.Value.Convert", v.Kind()})
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{"Swapper", v.Kind()})
	}
	n := v.Len()
	base := v.word()
	size := ld(ld(v.typ.addr()+tElem) + tSize)
	tmp := runtime.mallocgc(size, false)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a, b := ptrOf(base+uint32(i)*size), ptrOf(base+uint32(j)*size)
		runtime.memcopy(tmp, a, int32(size))
		runtime.memcopy(a, b, int32(size))
		runtime.memcopy(b, tmp, int32(size))
	}
}

// visit is a comparison DeepEqual has started, to stop at cycles.
type visit struct {
	a, b uint32
	t    *rtype
}

// DeepEqual reports whether x and y are "deeply equal", as Go's DeepEqual defines it.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, map[visit]bool{})
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	switch v1.Kind() {
	case Map, Slice, Pointer, Interface:
		if v1.Kind() != Interface {
			a, b := v1.word(), v2.word()
			if a > b {
				a, b = b, a
			}
			key := visit{a, b, v1.typ}
			if visited[key] {
				return true
			}
			visited[key] = true
		}
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.word() == v2.word() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if v1.word() == v2.word() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i := 0; i < v1.NumField(); i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.word() == v2.word() {
			return true
		}
		it := v1.MapRange()
		for it.Next() {
			val1 := it.Value()
			val2 := v2.MapIndex(it.Key())
			if !val2.IsValid() || !deepValueEqual(val1, val2, visited) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	case String:
		return v1.String() == v2.String()
	case Chan, UnsafePointer:
		return v1.word() == v2.word()
	}
	n := ld(v1.typ.addr() + tSize)
	for i := uint32(0); i < n; i++ {
		if *(*byte)(ptrOf(v1.addr() + i)) != *(*byte)(ptrOf(v2.addr() + i)) {
			return false
		}
	}
	return true
}
