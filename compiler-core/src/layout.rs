//! Memory layout of Go types in linear memory (wasm32: pointers are 4 bytes; int, uint and
//! uintptr are 8 bytes as in gc's wasm port).
//!
//! **Values.** A string is (pointer, length) in two i32s; a slice (pointer, length, capacity);
//! complex128 (real, imaginary) in two f64s, complex64 in two f32s; pointers, maps, channels and
//! funcs one i32; interfaces (type descriptor, data). Structs and arrays live in memory and
//! their Wasm value is their address: every variable of such a type has its own heap cell,
//! assignment copies (`memory.copy`), parameters are copied on entry, composite literals are
//! fresh cells adopted by the variable they initialize. Scalars whose address is taken move to
//! heap cells, and so do package variables of struct or array type (a global holds the cell's
//! address). Small integers live in i32 and are re-normalized after wrapping operations.
//!
//! **Layout** is gc's, so `structs.HostLayout` structs pass by pointer as gc passes them.
//! `unsafe.Sizeof`/`Alignof`/`Offsetof` are constants of this layout, so unsafe code agrees
//! with memory; they equal gc's for types without pointers, strings, slices, interfaces, maps,
//! channels or funcs. That is a deliberate deviation (TinyGo's wasm32 makes the same choice):
//! gc's wasm port has 8-byte pointers, so for types holding pointers these constants differ
//! from gc's, and no other observable result does; the goldens print none of them.

use crate::types::{Basic, Type, TypeId, TypeTable};

/// (size, alignment) in bytes.
pub fn size_align(types: &TypeTable, t: TypeId) -> (u64, u64) {
    size_align_depth(types, t, 0)
}

fn size_align_depth(types: &TypeTable, t: TypeId, depth: u32) -> (u64, u64) {
    if depth > 64 {
        return (0, 1);
    }
    match types.under_type(t) {
        Type::Basic(b) => match b.canonical() {
            Basic::Bool | Basic::Int8 | Basic::Uint8 => (1, 1),
            Basic::Int16 | Basic::Uint16 => (2, 2),
            Basic::Int32 | Basic::Uint32 | Basic::Float32 | Basic::UnsafePointer => (4, 4),
            Basic::String => (8, 4),
            // Two floats, aligned as one (gc: complex64 has alignment 4).
            Basic::Complex64 => (8, 4),
            Basic::Complex128 => (16, 8),
            _ => (8, 8),
        },
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => (4, 4),
        Type::Slice(_) => (12, 4),
        Type::Interface(_) => (8, 4),
        Type::Array(n, e) => {
            let (s, a) = size_align_depth(types, *e, depth + 1);
            (s.saturating_mul(*n), a)
        }
        Type::Struct(fields) => {
            let (mut off, mut align) = (0u64, 1u64);
            for f in fields {
                let (s, a) = size_align_depth(types, f.ty, depth + 1);
                off = off.div_ceil(a) * a + s;
                align = align.max(a);
            }
            (off.div_ceil(align) * align, align)
        }
        _ => (0, 1),
    }
}

/// Byte offset of field `i` of struct type t.
pub fn field_offset(types: &TypeTable, t: TypeId, i: usize) -> u64 {
    let Type::Struct(fields) = types.under_type(t) else { return 0 };
    let mut off = 0u64;
    for (k, f) in fields.iter().enumerate() {
        let (s, a) = size_align(types, f.ty);
        off = off.div_ceil(a) * a;
        if k == i {
            return off;
        }
        off += s;
    }
    off
}
