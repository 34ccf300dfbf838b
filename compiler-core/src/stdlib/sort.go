// Package sort: sorting and searching slices and user collections. Every sort here is
// stable (insertion-sorted blocks merged in place, as gc's Stable), so results equal gc's
// except that gc's unstable Sort/Slice may order equal elements differently.
package sort

import "runtime"

// An Interface is a collection sortable by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place (Kim and Kutzner's
// SymMerge).
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

func stable(data Interface, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

// Sort sorts data in increasing order of Less.
func Sort(data Interface) {
	stable(data, data.Len())
}

// Stable sorts data keeping equal elements in their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order of data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { stable(x, len(x)) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

type StringSlice []string

func (x StringSlice) Len() int             { return len(x) }
func (x StringSlice) Less(i, j int) bool   { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()                { stable(x, len(x)) }
func (x StringSlice) Search(v string) int  { return SearchStrings(x, v) }

// Float64Slice orders NaNs before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)         { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                 { stable(x, len(x)) }
func (x Float64Slice) Search(v float64) int  { return SearchFloat64s(x, v) }

func Ints(x []int)         { stable(IntSlice(x), len(x)) }
func Strings(x []string)   { stable(StringSlice(x), len(x)) }
func Float64s(x []float64) { stable(Float64Slice(x), len(x)) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// Search returns the smallest index i in [0, n) at which f(i) is true (f must be false
// then true), or n.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find returns the smallest index i at which cmp(i) <= 0, and whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

func SearchInts(a []int, x int) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func SearchStrings(a []string, x string) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func SearchFloat64s(a []float64, x float64) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// lessSwap sorts any slice through its less function and the runtime's element swap.
type lessSwap struct {
	less func(i, j int) bool
	p    uint32
	n    int
	size uint32
}

func (s *lessSwap) Len() int           { return s.n }
func (s *lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s *lessSwap) Swap(i, j int)      { runtime.SwapElems(s.p, i, j, s.size) }

func sliceOf(x any, less func(i, j int) bool) *lessSwap {
	p, n, size, ok := runtime.SliceOf(x)
	if !ok {
		panic("reflect: call of Swapper on " + runtime.KindString(x) + " Value")
	}
	return &lessSwap{less, p, n, size}
}

// Slice sorts the slice x by less.
func Slice(x any, less func(i, j int) bool) {
	s := sliceOf(x, less)
	stable(s, s.n)
}

// SliceStable sorts the slice x by less, keeping equal elements in order.
func SliceStable(x any, less func(i, j int) bool) {
	s := sliceOf(x, less)
	stable(s, s.n)
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	_, n, _, ok := runtime.SliceOf(x)
	if !ok {
		panic("reflect: call of Len on " + runtime.KindString(x) + " Value")
	}
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
