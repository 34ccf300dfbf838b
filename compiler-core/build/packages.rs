//! Which standard packages the playground provides, and where each comes from.

/// Our own packages, files in `src/stdlib` (one row per file, a package's first row named
/// after it): written for the playground (`fmt`, `os`:
/// our runtime and WASI), or standing in for gc's where its package is tied to gc's runtime
/// or assembly (ARCHITECTURE.md says why for each).
pub const OURS: &[(&str, &str)] = &[
    ("errors", "errors.go"),
    ("math", "math.go"),
    ("math/bits", "math_bits.go"),
    ("strconv", "strconv.go"),
    ("strings", "strings.go"),
    ("sort", "sort.go"),
    ("os", "os.go"),
    ("fmt", "fmt.go"),
    ("iter", "iter.go"),
    ("maps", "maps.go"),
    ("testing", "testing.go"),
    ("internal/bytealg", "internal_bytealg.go"),
    ("sync/atomic", "sync_atomic.go"),
    ("internal/godebug", "internal_godebug.go"),
    ("reflect", "reflect.go"),
    ("reflect", "reflect_value.go"),
    ("reflect", "reflect_make.go"),
];

/// Packages compiled from Go's own tree, unchanged (files selected for wasip1/wasm).
pub const FROM_GOROOT: &[&str] = &[
    "container/list",
    "math/cmplx",
    "container/ring",
    "container/heap",
    "unicode/utf16",
    "internal/byteorder",
    "hash",
    "hash/fnv",
    "hash/adler32",
    "hash/crc32",
    "encoding/hex",
    "encoding/base64",
    "encoding/base32",
    "path",
    "bytes",
    "bufio",
    "text/tabwriter",
    "html",
    "internal/goarch",
    "internal/cpu",
    "internal/chacha8rand",
    "math/rand/v2",
    "math/rand",
    "encoding",
    "encoding/json",
    "encoding/csv",
    "unicode",
    "regexp/syntax",
    "regexp",
    "io",
    "unicode/utf8",
    "cmp",
    "slices",
    "encoding/binary",
];
