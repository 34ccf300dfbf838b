// Package iter: the iterator function types. Pull and Pull2 are not provided.
package iter

// Seq is an iterator over values: it calls yield with each one until yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
