package runtime

// Support for the standard packages (compiler-core/src/std): body-less functions are
// intrinsics (ir/lower/conc.rs), each one Wasm instruction.

func efaceType(e any) uint32
func efaceData(e any) uint32

func f64sqrt(x float64) float64
func f64floor(x float64) float64
func f64ceil(x float64) float64
func f64trunc(x float64) float64
func f64nearest(x float64) float64
func f64abs(x float64) float64
func f64copysign(x, y float64) float64
func f64bits(x float64) uint64
func f64frombits(b uint64) float64
func f32bits(x float32) uint32
func f32frombits(b uint32) float32
func clz64(x uint64) uint64
func ctz64(x uint64) uint64
func popcnt64(x uint64) uint64

const kindPointer = 22

// Comparable reports whether == on e's dynamic type cannot panic (errors.Is).
func Comparable(e any) bool {
	t := efaceType(e)
	return t == 0 || hld32(t)&flagUncomparable == 0
}

// NonNilPointer reports whether x holds a non-nil pointer.
func NonNilPointer(x any) bool {
	t := efaceType(x)
	return t != 0 && hld32(t)&kindMask == kindPointer && efaceData(x) != 0
}

// AsTarget is errors.As's assignment: when err's dynamic type is assignable to the type
// the non-nil pointer target points to, it stores err there and reports true.
func AsTarget(err any, target any) bool {
	pt := efaceType(target)
	p := efaceData(target)
	et := hld32(pt + tElem)
	t := efaceType(err)
	d := efaceData(err)
	if hld32(et)&kindMask == kindInterface {
		if !implements(t, et) {
			return false
		}
		hst32(p, t)
		hst32(p+4, d)
		return true
	}
	if t != et {
		return false
	}
	if hld32(t)&flagDirect != 0 {
		hst32(p, d)
	} else {
		memcopy(ptrOf(p), ptrOf(d), int32(hld32(t+tSize)))
	}
	return true
}
