// Adapted from Go's standard library: Copyright The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be found in
// Go's LICENSE file (https://go.dev/LICENSE).

// Values: reading and setting them through their descriptors (reflect.go has the layout).

package reflect

import (
	"runtime"
	"unsafe"
)

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
		if t := v.typ.methodSig(int(v.flag >> flagMethodShift)); t != nil {
			return t
		}
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
	case Chan:
		return int(runtime.chanlen(ptrOf(v.word())))
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
	case Chan:
		return int(runtime.chancap(ptrOf(v.word())))
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

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k] of a slice.
func (v Value) Slice3(i, j, k int) Value {
	v.mustBe(Slice, "reflect.Value.Slice3")
	cap := int(ld(v.addr() + 8))
	if i < 0 || j < i || k < j || k > cap {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	esize := ld(ld(v.typ.addr()+tElem) + tSize)
	p := runtime.mallocgc(12, false)
	h := addrOf(p)
	*(*uint32)(p) = v.word()
	if k-i > 0 {
		*(*uint32)(p) = v.word() + uint32(i)*esize
	}
	*(*int32)(ptrOf(h + 4)) = int32(j - i)
	*(*int32)(ptrOf(h + 8)) = int32(k - i)
	return Value{v.typ, p, v.flag & flagRO}
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

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.Kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
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
