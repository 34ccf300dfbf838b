// Adapted from Go's standard library: Copyright The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be found in
// Go's LICENSE file (https://go.dev/LICENSE).

// Channels and iteration: ChanDir, Recv/Send through the runtime's channels, and Seq/Seq2
// (gc's iter.go). A channel element travels as one 8-byte slot (runtime/chan.go): values
// of one word or a string or interface as their raw bits, structs, arrays, slices and
// complex numbers as the address of a copy (ir/lower/conc.rs, elem_pack). Seq and Seq2 of
// an iterator function would need MakeFunc, which this package does not have: they panic
// saying so, where CanSeq and CanSeq2 answer as gc's.

package reflect

import (
	"errors"
	"iter"
	"runtime"
	"strconv"
	"unsafe"
)

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir             = 1 << iota // <-chan
	SendDir                                 // chan<-
	BothDir = RecvDir | SendDir             // chan
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// ChanDir returns a channel type's direction.
func (t *rtype) ChanDir() ChanDir {
	if t.k() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(ld(t.addr() + tLen))
}

// fromSlot makes a Value of type et from a channel slot's bits.
func fromSlot(et *rtype, bits uint64) Value {
	size := ld(et.addr() + tSize)
	p := runtime.mallocgc(size, false)
	switch et.k() {
	case Struct, Array, Slice, Complex64, Complex128:
		runtime.memcopy(p, ptrOf(uint32(bits)), int32(size))
	default:
		for i := uint32(0); i < size; i++ {
			*(*byte)(unsafe.Add(p, i)) = byte(bits >> (8 * i))
		}
	}
	return Value{et, p, 0}
}

// toSlot gives the slot bits of the value of type et at p.
func toSlot(et *rtype, p unsafe.Pointer) uint64 {
	size := ld(et.addr() + tSize)
	switch et.k() {
	case Struct, Array, Slice, Complex64, Complex128:
		return uint64(addrOf(copyOf(et, p)))
	}
	var bits uint64
	for i := uint32(0); i < size; i++ {
		bits |= uint64(*(*byte)(unsafe.Add(p, i))) << (8 * i)
	}
	return bits
}

func (v Value) chanDir(method string, want ChanDir) *rtype {
	v.mustBe(Chan, method)
	v.mustBeExported(method)
	if v.typ.ChanDir()&want == 0 {
		if want == RecvDir {
			panic("reflect: recv on send-only channel")
		}
		panic("reflect: send on recv-only channel")
	}
	return rt(ld(v.typ.addr() + tElem))
}

// Recv receives and returns a value from the channel v, blocking until one is ready; ok
// is false when the value is a zero value because the channel is closed.
func (v Value) Recv() (x Value, ok bool) {
	et := v.chanDir("reflect.Value.Recv", RecvDir)
	bits, ok := runtime.chanrecv(ptrOf(v.word()))
	if !ok {
		return Zero(et), false
	}
	return fromSlot(et, bits), true
}

// TryRecv receives a value from the channel v if it can do so without blocking; x is the
// zero Value when nothing was received.
func (v Value) TryRecv() (x Value, ok bool) {
	et := v.chanDir("reflect.Value.TryRecv", RecvDir)
	c := ptrOf(v.word())
	if c == nil {
		return Value{}, false
	}
	bits, ok, done := runtime.recvReady(c)
	if !done {
		return Value{}, false
	}
	if !ok {
		return Zero(et), false
	}
	return fromSlot(et, bits), true
}

// Send sends x on the channel v, blocking until it is received.
func (v Value) Send(x Value) {
	et := v.chanDir("reflect.Value.Send", SendDir)
	p := x.assignTo("reflect.Value.Send", et)
	runtime.chansend(ptrOf(v.word()), toSlot(et, p))
}

// TrySend sends x on the channel v if that does not block, and reports whether it did.
func (v Value) TrySend(x Value) bool {
	et := v.chanDir("reflect.Value.TrySend", SendDir)
	p := x.assignTo("reflect.Value.TrySend", et)
	c := ptrOf(v.word())
	if c == nil {
		return false
	}
	if *(*uint32)(unsafe.Add(c, 20)) != 0 { // hchan's closed word
		panic("send on closed channel")
	}
	return runtime.sendReady(c, toSlot(et, p))
}

// Close closes the channel v.
func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	v.mustBeExported("reflect.Value.Close")
	if v.typ.ChanDir()&SendDir == 0 {
		panic("reflect: close of receive-only channel")
	}
	runtime.closechan(ptrOf(v.word()))
}

// FieldByIndexErr returns the nested field corresponding to index, or an error when the
// path goes through a nil pointer to an embedded struct.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.Elem().Kind() == Struct {
			if v.IsNil() {
				return Value{}, errors.New("reflect: indirection through nil pointer to embedded struct field " + v.typ.Elem().Name())
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

// canRangeFunc reports whether t is func(func(T) bool); canRangeFunc2, func(func(K, V) bool).
func canRangeFunc(t *rtype, n int) bool {
	if t.k() != Func || t.NumIn() != 1 || t.NumOut() != 0 {
		return false
	}
	y := t.In(0).common()
	return y.k() == Func && y.NumIn() == n && y.NumOut() == 1 && y.Out(0).Kind() == Bool
}

// CanSeq reports whether a Value of this type can be iterated over using Value.Seq.
func (t *rtype) CanSeq() bool {
	switch t.k() {
	case Int8, Int16, Int32, Int64, Int, Uint8, Uint16, Uint32, Uint64, Uint, Uintptr, Array, Slice, Chan, String, Map:
		return true
	case Func:
		return canRangeFunc(t, 1)
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

// CanSeq2 reports whether a Value of this type can be iterated over using Value.Seq2.
func (t *rtype) CanSeq2() bool {
	switch t.k() {
	case Array, Slice, String, Map:
		return true
	case Func:
		return canRangeFunc(t, 2)
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

// intValue is the integer x as a Value of the integer type t.
func intValue(t *rtype, x uint64) Value { return fromSlot(t, x) }

// Seq returns an iter.Seq[Value] that loops over the elements of v (the numbers below an
// integer, the indexes of an array, slice or string, a map's keys, a channel's values).
func (v Value) Seq() iter.Seq[Value] {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		n := v.Int()
		return func(yield func(Value) bool) {
			for i := int64(0); i < n; i++ {
				if !yield(intValue(v.typ, uint64(i))) {
					return
				}
			}
		}
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		n := v.Uint()
		return func(yield func(Value) bool) {
			for i := uint64(0); i < n; i++ {
				if !yield(intValue(v.typ, i)) {
					return
				}
			}
		}
	case Pointer:
		if v.Elem().Kind() != Array {
			break
		}
		return func(yield func(Value) bool) {
			v = v.Elem()
			for i := range v.Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value) bool) {
			for i := range v.String() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value) bool) {
			i := v.MapRange()
			for i.Next() {
				if !yield(i.Key()) {
					return
				}
			}
		}
	case Chan:
		return func(yield func(Value) bool) {
			for value, ok := v.Recv(); ok; value, ok = v.Recv() {
				if !yield(value) {
					return
				}
			}
		}
	case Func:
		if canRangeFunc(v.typ, 1) {
			panic("reflect: Seq of an iterator function needs MakeFunc, which this reflect does not have")
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq[Value]")
}

// Seq2 returns an iter.Seq2[Value, Value] that loops over the elements of v (index and
// element of an array or slice, index and rune of a string, a map's keys and values).
func (v Value) Seq2() iter.Seq2[Value, Value] {
	switch v.Kind() {
	case Pointer:
		if v.Elem().Kind() != Array {
			break
		}
		return func(yield func(Value, Value) bool) {
			v = v.Elem()
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value, Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value, Value) bool) {
			for i, r := range v.String() {
				if !yield(ValueOf(i), ValueOf(r)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value, Value) bool) {
			i := v.MapRange()
			for i.Next() {
				if !yield(i.Key(), i.Value()) {
					return
				}
			}
		}
	case Func:
		if canRangeFunc(v.typ, 2) {
			panic("reflect: Seq2 of an iterator function needs MakeFunc, which this reflect does not have")
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq2[Value, Value]")
}
