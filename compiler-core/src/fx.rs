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
        // A product's low bits depend only on the factors' low bits, and the table picks
        // buckets by the low bits: without the rotation, byte strings that differ only past
        // their first bytes ("s1", "s2", ...) all collide.
        self.hash.rotate_left(26)
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
///
/// The entries of ids below `start` can be shared, read-only, by several maps (`freeze`):
/// the prelude's, under each compilation's own. Changed base entries go to `patched`.
#[derive(Debug)]
pub struct NodeMap<V> {
    /// Entries of ids below `start` (a sparse table's ends before `start`). A vector behind
    /// the `Arc`, so that freezing moves the entries instead of copying them.
    base: std::sync::Arc<Vec<Option<V>>>,
    start: usize,
    /// Entries from id `start` on.
    slots: Vec<Option<V>>,
    patched: HashMap<u32, Option<V>>,
}

impl<V> Default for NodeMap<V> {
    fn default() -> Self {
        NodeMap { base: std::sync::Arc::default(), start: 0, slots: Vec::new(), patched: HashMap::default() }
    }
}

impl<V: Clone> Clone for NodeMap<V> {
    fn clone(&self) -> Self {
        NodeMap { base: std::sync::Arc::clone(&self.base), start: self.start, slots: self.slots.clone(), patched: self.patched.clone() }
    }
}

impl<V: Clone> NodeMap<V> {
    /// Moves every entry into the shared base; ids from `len` on (or past the last entry)
    /// index the upper layer from its start.
    pub fn freeze(&mut self, len: u32) {
        // Without a base (the first freeze, the prelude's), nothing is patched: the upper
        // layer's entries move instead of being copied one by one.
        let mut all: Vec<Option<V>> = if self.start == 0 {
            std::mem::take(&mut self.slots)
        } else {
            (0..self.start + self.slots.len()).map(|i| self.get(&(i as u32)).cloned()).collect()
        };
        // Shrinking in place costs no copy, and the base lives as long as its prelude.
        all.shrink_to_fit();
        let start = all.len().max(len as usize);
        *self = NodeMap { base: std::sync::Arc::new(all), start, slots: Vec::new(), patched: HashMap::default() };
    }
}

impl<V> NodeMap<V> {
    #[inline]
    pub fn get(&self, id: &u32) -> Option<&V> {
        let i = *id as usize;
        match i.checked_sub(self.start) {
            Some(j) => self.slots.get(j)?.as_ref(),
            None if !self.patched.is_empty() => match self.patched.get(id) {
                Some(v) => v.as_ref(),
                None => self.base.get(i)?.as_ref(),
            },
            None => self.base.get(i)?.as_ref(),
        }
    }

    pub fn contains_key(&self, id: &u32) -> bool {
        self.get(id).is_some()
    }

    pub fn insert(&mut self, id: u32, v: V)
    where
        V: Clone,
    {
        // Ids are numbered in parse order, so the entry is most often the next one.
        if self.start + self.slots.len() == id as usize {
            self.slots.push(Some(v));
        } else {
            *self.slot(id) = Some(v);
        }
    }

    /// The entry of `id`, inserted as `V::default()` when missing.
    pub fn get_or_default(&mut self, id: u32) -> &mut V
    where
        V: Default + Clone,
    {
        self.slot(id).get_or_insert_with(V::default)
    }

    /// Makes room for `additional` more ids without regrowing.
    pub fn reserve(&mut self, additional: usize) {
        self.slots.reserve(additional);
    }

    fn slot(&mut self, id: u32) -> &mut Option<V>
    where
        V: Clone,
    {
        let i = id as usize;
        let Some(j) = i.checked_sub(self.start) else {
            let base = &self.base;
            return self.patched.entry(id).or_insert_with(|| base.get(i).cloned().flatten());
        };
        if j >= self.slots.len() {
            self.slots.resize_with(j + 1, || None);
        }
        &mut self.slots[j]
    }
}

impl<V> std::ops::Index<&u32> for NodeMap<V> {
    type Output = V;

    /// As `HashMap`'s: the entry must exist.
    #[inline]
    fn index(&self, id: &u32) -> &V {
        match self.get(id) {
            Some(v) => v,
            None => panic!("no entry for node {id}"),
        }
    }
}
