//! A fast hasher for the compiler's side tables (rustc's FxHash): their keys are our own
//! node ids, positions and object ids, so SipHash's resistance to chosen keys buys nothing
//! and cost a tenth of a compilation.

use std::hash::{BuildHasherDefault, Hasher};

/// `HashMap<K, V, FxBuild>`; construct with `Default::default()`.
pub type FxBuild = BuildHasherDefault<FxHasher>;

#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The same word as a zero-padded little-endian load, without a `memcpy` call.
            let w = rest.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b));
            self.add(w);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u16(&mut self, i: u16) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// `std`'s map with [`FxHasher`]. [`FxNew`] keeps `HashMap::new()` working for it.
pub type HashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;

/// `std`'s set with [`FxHasher`].
pub type HashSet<K> = std::collections::HashSet<K, FxBuild>;

/// `new()` for the Fx collections, so code written for `std`'s reads the same.
pub trait FxNew {
    fn new() -> Self;
}

impl<K, V> FxNew for HashMap<K, V> {
    fn new() -> Self {
        Self::default()
    }
}

impl<K> FxNew for HashSet<K> {
    fn new() -> Self {
        Self::default()
    }
}

/// A side table keyed by `NodeId`s, which are dense (numbered in parse order): a vector
/// indexed by the id, so an access costs an index instead of a hash and a probe.
#[derive(Clone, Debug)]
pub struct NodeMap<V> {
    slots: Vec<Option<V>>,
}

impl<V> Default for NodeMap<V> {
    fn default() -> Self {
        NodeMap { slots: Vec::new() }
    }
}

impl<V> NodeMap<V> {
    pub fn get(&self, id: &u32) -> Option<&V> {
        self.slots.get(*id as usize)?.as_ref()
    }

    pub fn get_mut(&mut self, id: &u32) -> Option<&mut V> {
        self.slots.get_mut(*id as usize)?.as_mut()
    }

    pub fn contains_key(&self, id: &u32) -> bool {
        self.get(id).is_some()
    }

    pub fn insert(&mut self, id: u32, v: V) -> Option<V> {
        self.slot(id).replace(v)
    }

    /// The entry of `id`, inserted as `V::default()` when missing.
    pub fn get_or_default(&mut self, id: u32) -> &mut V
    where
        V: Default,
    {
        self.slot(id).get_or_insert_with(V::default)
    }

    /// Makes room for `additional` more ids without regrowing.
    pub fn reserve(&mut self, additional: usize) {
        self.slots.reserve(additional);
    }

    fn slot(&mut self, id: u32) -> &mut Option<V> {
        let i = id as usize;
        if i >= self.slots.len() {
            self.slots.resize_with(i + 1, || None);
        }
        &mut self.slots[i]
    }
}

impl<V> std::ops::Index<&u32> for NodeMap<V> {
    type Output = V;

    /// As `HashMap`'s: the entry must exist.
    fn index(&self, id: &u32) -> &V {
        match self.get(id) {
            Some(v) => v,
            None => panic!("no entry for node {id}"),
        }
    }
}
