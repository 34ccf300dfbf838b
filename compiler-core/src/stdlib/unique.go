// Adapted from Go's standard library: Copyright The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be found in
// Go's LICENSE file (https://go.dev/LICENSE).

// Package unique: canonical handles of comparable values, equal exactly when the values are.
// gc's keeps the values in per-type concurrent maps of weak pointers that the runtime
// cleans after each collection; this runtime has neither weak pointers nor that hook, so
// here each distinct value is kept in one map for the life of the program.
package unique

// Handle is a globally unique identity for some value of type T.
//
// Two handles compare equal exactly if the two values used to create the handles
// would have also compared equal.
type Handle[T comparable] struct {
	value *T
}

// Value returns a shallow copy of the T value that produced the Handle.
func (h Handle[T]) Value() T {
	return *h.value
}

// key makes equal values of different types different keys (two interface types may hold
// the same dynamic value).
type key[T comparable] struct{ v T }

// handles maps key[T]{v} to the *T of v's handle.
var handles = map[any]any{}

// Make returns a globally unique handle for a value of type T. Handles
// are equal if and only if the values used to produce them are equal.
func Make[T comparable](value T) Handle[T] {
	k := key[T]{value}
	if p, ok := handles[k]; ok {
		return Handle[T]{p.(*T)}
	}
	p := new(T)
	*p = value
	handles[k] = p
	return Handle[T]{p}
}
