// Adapted from Go's standard library: Copyright The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be found in
// Go's LICENSE file (https://go.dev/LICENSE).

// Func types and calls. In a program that calls through reflect or reads a func type's
// signature, a func type's descriptor has its parameters' and results' descriptors and a
// call trampoline, and the method names of a descriptor give each method's signature
// (ir/lower/reflectcall.rs). Call writes the arguments into a block, each at the next
// multiple of 8 bytes, and the trampoline calls the function with them, writing its
// results into a second block the same way.

package reflect

import (
	"runtime"
	"unsafe"
)

// counts is the packed signature word of a func type (+20): parameters, results at bit 16,
// variadic at bit 31.
func (t *rtype) counts() uint32 {
	if t.k() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return ld(t.addr() + tLen)
}

// NumIn returns a function type's input parameter count.
func (t *rtype) NumIn() int { return int(t.counts() & 0xffff) }

// NumOut returns a function type's output parameter count.
func (t *rtype) NumOut() int { return int(t.counts() >> 16 & 0x7fff) }

// IsVariadic reports whether a function type's final input parameter is a "..." parameter.
func (t *rtype) IsVariadic() bool { return t.counts()>>31 != 0 }

// In returns the type of a function type's i'th input parameter.
func (t *rtype) In(i int) Type {
	if uint(i) >= uint(t.NumIn()) {
		panic("reflect: Function index out of range")
	}
	return rt(ld(ld(t.addr()+tFields) + uint32(i)*4))
}

// Out returns the type of a function type's i'th output parameter.
func (t *rtype) Out(i int) Type {
	if uint(i) >= uint(t.NumOut()) {
		panic("reflect: Function index out of range")
	}
	return rt(ld(ld(t.addr()+tFields) + uint32(t.NumIn()+i)*4))
}

// nameSize is the size of a method name entry: (ptr, len), then the method's signature
// where the program calls through reflect.
func nameSize() uint32 {
	if runtime.reflectCalls() {
		return 12
	}
	return 8
}

// methodSig is the func type of entry i of t's method table (nil when the program never
// calls through reflect: the compiler then leaves it out).
func (t *rtype) methodSig(i int) *rtype {
	if !runtime.reflectCalls() {
		return nil
	}
	d := ld(ld(t.addr()+tMNames) + uint32(i)*12 + 8)
	if d == 0 {
		return nil
	}
	return rt(d)
}

// Call calls the function v with the input arguments in. For example, if len(in) == 3,
// v.Call(in) represents the Go call v(in[0], in[1], in[2]). Call panics if v's Kind is not
// Func. It returns the output results as Values. As in Go, each input argument must be
// assignable to the type of the function's corresponding input parameter. If v is a
// variadic function, Call creates the variadic slice parameter itself, copying in the
// corresponding values.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in, assigning the slice
// in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

// slot is where the next value of type t goes in an argument or result block after off
// bytes (keep equal to ir/lower/reflectcall.rs' slots).
func slot(off uint32, t *rtype) (at, end uint32) {
	at = (off + 7) &^ 7
	return at, at + uint32(t.Size())
}

func (v Value) call(op string, in []Value) []Value {
	var t *rtype
	var fn int32
	var first uint32
	if v.flag&flagMethod != 0 {
		i := int(v.flag >> flagMethodShift)
		t = v.typ.methodSig(i)
		fn = int32(ld(ld(v.typ.addr()+tMethods) + uint32(i)*8 + 4))
		recv := Value{v.typ, v.ptr, v.flag &^ (flagMethod | 0xffffff00)}
		first = recv.dataWord()
	} else {
		t = v.typ
		first = v.word()
		if first == 0 {
			panic("reflect: call of nil function")
		}
		fn = int32(ld(first))
	}
	tramp := int32(ld(t.addr() + tMapType))

	isSlice := op == "CallSlice"
	n := t.NumIn()
	isVariadic := t.IsVariadic()
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), t.In(i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if !isSlice && isVariadic {
		// The variadic slice, made of the remaining values.
		m := len(in) - n
		slice := MakeSlice(t.In(n), m, m)
		elem := t.In(n).Elem()
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.Type(); !xt.AssignableTo(elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		origIn := in
		in = make([]Value, n+1)
		copy(in[:n], origIn)
		in[n] = slice
	}

	var size uint32
	for i := range in {
		_, size = slot(size, t.In(i).common())
	}
	args := runtime.mallocgc(size, false)
	var at uint32
	size = 0
	for i, x := range in {
		pt := t.In(i).common()
		at, size = slot(size, pt)
		arg := Value{pt, ptrOf(addrOf(args) + at), flagAddr}
		arg.Set(x)
	}

	nout := t.NumOut()
	size = 0
	for i := 0; i < nout; i++ {
		_, size = slot(size, t.Out(i).common())
	}
	results := runtime.mallocgc(size, false)
	runtime.reflectcall(tramp, fn, first, args, results)
	runtime.KeepAlive(args)

	out := make([]Value, nout)
	size = 0
	for i := range out {
		rt := t.Out(i).common()
		at, size = slot(size, rt)
		out[i] = Value{rt, copyOf(rt, ptrOf(addrOf(results)+at)), 0}
	}
	return out
}
