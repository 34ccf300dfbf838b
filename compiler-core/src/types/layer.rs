//! Tables in two layers: a shared, read-only base (the prelude's: the runtime and standard
//! packages, checked once per process) and what one compilation adds on top. Cloning a table
//! whose entries are all in its base copies a pointer, so every compilation starts from the
//! prelude's state without copying it.

use std::hash::Hash;
use std::sync::Arc;

use crate::fx::{FxNew, HashMap};

/// A vector in two layers. Entries of the base that a compilation changes are copied into
/// `patched` first (it stays empty in practice: checking a program only appends).
#[derive(Debug)]
pub struct Table<T> {
    /// A vector behind the `Arc`, so that the first freeze moves the entries.
    base: Arc<Vec<T>>,
    own: Vec<T>,
    patched: HashMap<u32, T>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table { base: Arc::default(), own: Vec::new(), patched: HashMap::new() }
    }
}

impl<T: Clone> Clone for Table<T> {
    fn clone(&self) -> Self {
        Table { base: Arc::clone(&self.base), own: self.own.clone(), patched: self.patched.clone() }
    }
}

impl<T: Clone> Table<T> {
    #[inline]
    pub fn len(&self) -> usize {
        self.base.len() + self.own.len()
    }

    pub fn push(&mut self, v: T) {
        self.own.push(v);
    }

    /// Makes room for `additional` more entries without regrowing.
    pub fn reserve(&mut self, additional: usize) {
        self.own.reserve(additional);
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&T> {
        let Some(i) = i.checked_sub(self.base.len()) else {
            if !self.patched.is_empty() {
                if let Some(v) = self.patched.get(&(i as u32)) {
                    return Some(v);
                }
            }
            return self.base.get(i);
        };
        self.own.get(i)
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        let Some(j) = i.checked_sub(self.base.len()) else {
            let v = self.base.get(i)?;
            return Some(self.patched.entry(i as u32).or_insert_with(|| v.clone()));
        };
        self.own.get_mut(j)
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// Whether some entry of the base was changed in a way `differs` (base, now) tells.
    pub fn changed(&self, differs: impl Fn(&T, &T) -> bool) -> bool {
        self.patched.iter().any(|(&i, now)| self.base.get(i as usize).is_some_and(|was| differs(was, now)))
    }

    /// Moves every entry into the shared base.
    pub fn freeze(&mut self) {
        if self.own.is_empty() && self.patched.is_empty() {
            return;
        }
        let mut all = if self.base.is_empty() { std::mem::take(&mut self.own) } else { self.iter().cloned().collect() };
        all.shrink_to_fit();
        *self = Table { base: Arc::new(all), own: Vec::new(), patched: HashMap::new() };
    }
}

impl<T: Clone> std::ops::Index<usize> for Table<T> {
    type Output = T;

    /// As a vector's: the entry must exist.
    #[inline]
    fn index(&self, i: usize) -> &T {
        match self.get(i) {
            Some(v) => v,
            None => panic!("index {i} out of range for a table of {}", self.len()),
        }
    }
}

impl<T: Clone> std::ops::IndexMut<usize> for Table<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        let len = self.len();
        match self.get_mut(i) {
            Some(v) => v,
            None => panic!("index {i} out of range for a table of {len}"),
        }
    }
}

/// A hash map in two layers; entries of the upper one hide the base's.
#[derive(Debug)]
pub struct LayeredMap<K, V> {
    base: Arc<HashMap<K, V>>,
    own: HashMap<K, V>,
}

impl<K, V> Default for LayeredMap<K, V> {
    fn default() -> Self {
        LayeredMap { base: Arc::default(), own: HashMap::new() }
    }
}

impl<K: Clone, V: Clone> Clone for LayeredMap<K, V> {
    fn clone(&self) -> Self {
        LayeredMap { base: Arc::clone(&self.base), own: self.own.clone() }
    }
}

impl<K: Hash + Eq + Clone, V: Clone> LayeredMap<K, V> {
    #[inline]
    pub fn get(&self, k: &K) -> Option<&V> {
        match self.own.get(k) {
            Some(v) => Some(v),
            None => self.base.get(k),
        }
    }

    pub fn insert(&mut self, k: K, v: V) {
        self.own.insert(k, v);
    }

    /// Makes room for `additional` more entries without rehashing.
    pub fn reserve(&mut self, additional: usize) {
        self.own.reserve(additional);
    }

    /// Moves every entry into the shared base.
    pub fn freeze(&mut self) {
        if self.own.is_empty() {
            return;
        }
        if self.base.is_empty() {
            self.base = Arc::new(std::mem::take(&mut self.own));
            return;
        }
        let mut all = (*self.base).clone();
        all.extend(self.own.drain());
        self.base = Arc::new(all);
    }
}

#[cfg(test)]
mod tests {
    use super::{LayeredMap, Table};
    use crate::fx::NodeMap;

    #[test]
    fn clones_share_the_frozen_layer_and_keep_their_changes_apart() {
        let mut t: Table<String> = Table::default();
        t.push("a".into());
        t.push("b".into());
        t.freeze();
        let mut u = t.clone();
        u.push("c".into());
        u[0].push('!');
        assert_eq!(u.iter().cloned().collect::<Vec<_>>(), ["a!", "b", "c"]);
        assert_eq!(t.iter().cloned().collect::<Vec<_>>(), ["a", "b"]);

        let mut m: LayeredMap<u32, u32> = LayeredMap::default();
        m.insert(1, 10);
        m.freeze();
        let mut n = m.clone();
        n.insert(1, 11);
        n.insert(2, 20);
        assert_eq!((n.get(&1), n.get(&2), m.get(&1), m.get(&2)), (Some(&11), Some(&20), Some(&10), None));

        let mut e: NodeMap<u32> = NodeMap::default();
        e.insert(3, 30);
        e.freeze(8);
        let mut f = e.clone();
        f.insert(9, 90);
        f.insert(3, 31);
        assert_eq!((f.get(&3), f.get(&9), f.get(&8), e.get(&3), e.get(&9)), (Some(&31), Some(&90), None, Some(&30), None));
    }
}
