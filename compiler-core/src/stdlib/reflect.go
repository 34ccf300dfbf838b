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
// Call calls functions and methods (reflect_call.go); channels, Seq and Seq2 are in
// reflect_iter.go (a channel's direction is in its descriptor only with reflect). PointerTo of a type whose
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
	NumIn() int
	In(i int) Type
	NumOut() int
	Out(i int) Type
	IsVariadic() bool
	ChanDir() ChanDir
	CanSeq() bool
	CanSeq2() bool
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
		if names != 0 && isExported(text(names+uint32(i)*nameSize())) {
			idx = append(idx, i)
		}
	}
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && text(names+uint32(idx[j])*nameSize()) < text(names+uint32(idx[j-1])*nameSize()); j-- {
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
	return Method{Name: text(ld(t.addr()+tMNames) + uint32(idx[i])*nameSize()), Index: i}
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
