// Adapted from Go's standard library: Copyright The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be found in
// Go's LICENSE file (https://go.dev/LICENSE).

// Making values (New, Zero, slices, maps), map access and iteration, method values,
// Convert, Swapper and DeepEqual.

package reflect

import (
	"runtime"
	"strconv"
	"unsafe"
)

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
