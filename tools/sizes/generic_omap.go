// An ordered map instantiated with six key types (int and ID share a GC shape): what
// monomorphisation costs per instance, and what GC-shape stenciling could share.
package main

import "cmp"

// OMap is an ordered map: keys kept sorted, values beside them.
type OMap[K cmp.Ordered, V any] struct {
	keys []K
	vals []V
}

func (m *OMap[K, V]) find(k K) (int, bool) {
	lo, hi := 0, len(m.keys)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if m.keys[mid] < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(m.keys) && m.keys[lo] == k
}

func (m *OMap[K, V]) Put(k K, v V) {
	i, ok := m.find(k)
	if ok {
		m.vals[i] = v
		return
	}
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
	copy(m.keys[i+1:], m.keys[i:])
	copy(m.vals[i+1:], m.vals[i:])
	m.keys[i] = k
	m.vals[i] = v
}

func (m *OMap[K, V]) Get(k K) (V, bool) {
	i, ok := m.find(k)
	if !ok {
		var zero V
		return zero, false
	}
	return m.vals[i], true
}

func (m *OMap[K, V]) Delete(k K) {
	i, ok := m.find(k)
	if !ok {
		return
	}
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	m.vals = append(m.vals[:i], m.vals[i+1:]...)
}

func (m *OMap[K, V]) Len() int { return len(m.keys) }

func (m *OMap[K, V]) Each(f func(K, V)) {
	for i, k := range m.keys {
		f(k, m.vals[i])
	}
}

type ID int

func fill[K cmp.Ordered](m *OMap[K, int], key func(int) K) int {
	for i := 0; i < 50; i++ {
		m.Put(key((i*37)%50), i)
	}
	m.Delete(key(3))
	v, _ := m.Get(key(7))
	sum := 0
	m.Each(func(_ K, v int) { sum += v })
	return m.Len()*1000 + v + sum
}

func main() {
	println(fill(&OMap[int, int]{}, func(i int) int { return i }))
	println(fill(&OMap[ID, int]{}, func(i int) ID { return ID(i) }))
	println(fill(&OMap[int64, int]{}, func(i int) int64 { return int64(i) }))
	println(fill(&OMap[uint32, int]{}, func(i int) uint32 { return uint32(i) }))
	println(fill(&OMap[float64, int]{}, func(i int) float64 { return float64(i) }))
	println(fill(&OMap[string, int]{}, func(i int) string { return string(rune('A' + i)) }))
}
