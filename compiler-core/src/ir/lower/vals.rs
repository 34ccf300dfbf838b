//! The Wasm values of one Go value, as lowering passes them around.

use std::ops::{Deref, DerefMut};

use super::{E, Local};

/// Most Go values are one Wasm value: that one is kept inline, so lowering an expression
/// allocates no list.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Vals {
    One(E),
    Many(Vec<E>),
}

impl Vals {
    pub(super) fn new() -> Vals {
        Vals::Many(Vec::new())
    }

    pub(super) fn push(&mut self, e: E) {
        match self {
            Vals::Many(v) if v.is_empty() => *self = Vals::One(e),
            Vals::Many(v) => v.push(e),
            Vals::One(_) => {
                if let Vals::One(a) = std::mem::take(self) {
                    *self = Vals::Many(vec![a, e]);
                }
            }
        }
    }

    pub(super) fn pop(&mut self) -> Option<E> {
        match self {
            Vals::Many(v) => v.pop(),
            Vals::One(_) => match std::mem::take(self) {
                Vals::One(a) => Some(a),
                _ => None,
            },
        }
    }

    /// The values as a list (a call's arguments).
    pub(super) fn into_vec(self) -> Vec<E> {
        match self {
            Vals::One(e) => vec![e],
            Vals::Many(v) => v,
        }
    }
}

impl Default for Vals {
    fn default() -> Vals {
        Vals::new()
    }
}

impl Deref for Vals {
    type Target = [E];

    fn deref(&self) -> &[E] {
        match self {
            Vals::One(e) => std::slice::from_ref(e),
            Vals::Many(v) => v,
        }
    }
}

impl DerefMut for Vals {
    fn deref_mut(&mut self) -> &mut [E] {
        match self {
            Vals::One(e) => std::slice::from_mut(e),
            Vals::Many(v) => v,
        }
    }
}

impl From<Vec<E>> for Vals {
    fn from(v: Vec<E>) -> Vals {
        Vals::Many(v)
    }
}

impl From<Vals> for Vec<E> {
    fn from(v: Vals) -> Vec<E> {
        v.into_vec()
    }
}

impl<const N: usize> From<[E; N]> for Vals {
    fn from(a: [E; N]) -> Vals {
        a.into_iter().collect()
    }
}

impl Extend<E> for Vals {
    fn extend<I: IntoIterator<Item = E>>(&mut self, iter: I) {
        for e in iter {
            self.push(e);
        }
    }
}

impl FromIterator<E> for Vals {
    fn from_iter<I: IntoIterator<Item = E>>(iter: I) -> Vals {
        let mut it = iter.into_iter();
        let Some(a) = it.next() else { return Vals::new() };
        let Some(b) = it.next() else { return Vals::One(a) };
        let mut v = Vec::with_capacity(2 + it.size_hint().0);
        v.push(a);
        v.push(b);
        v.extend(it);
        Vals::Many(v)
    }
}

impl IntoIterator for Vals {
    type Item = E;
    type IntoIter = IntoIter;

    fn into_iter(self) -> IntoIter {
        match self {
            Vals::One(e) => IntoIter::One(Some(e)),
            Vals::Many(v) => IntoIter::Many(v.into_iter()),
        }
    }
}

/// The values of a [`Vals`], by value. Its own type, as one value's iterator then holds no
/// vector iterator to drop: lowering takes most expressions' single value this way.
pub(super) enum IntoIter {
    One(Option<E>),
    Many(std::vec::IntoIter<E>),
}

impl Iterator for IntoIter {
    type Item = E;

    fn next(&mut self) -> Option<E> {
        match self {
            IntoIter::One(e) => e.take(),
            IntoIter::Many(it) => it.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            IntoIter::One(e) => (e.is_some() as usize, Some(e.is_some() as usize)),
            IntoIter::Many(it) => it.size_hint(),
        }
    }
}

impl<'v> IntoIterator for &'v Vals {
    type Item = &'v E;
    type IntoIter = std::slice::Iter<'v, E>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The Wasm locals of a Go variable: at most three (a slice's) are kept inline.
#[derive(Clone, Debug)]
pub(super) enum Locals {
    Few(u8, [Local; 3]),
    Many(Vec<Local>),
}

impl Deref for Locals {
    type Target = [Local];

    fn deref(&self) -> &[Local] {
        match self {
            Locals::Few(n, a) => a.get(..*n as usize).unwrap_or(&[]),
            Locals::Many(v) => v,
        }
    }
}

impl Locals {
    pub(super) fn one(l: Local) -> Locals {
        Locals::Few(1, [l, 0, 0])
    }
}

impl FromIterator<Local> for Locals {
    fn from_iter<I: IntoIterator<Item = Local>>(iter: I) -> Locals {
        let mut a = [0; 3];
        let mut n = 0;
        let mut it = iter.into_iter();
        for l in it.by_ref() {
            if n == 3 {
                let mut v = a.to_vec();
                v.push(l);
                v.extend(it);
                return Locals::Many(v);
            }
            a[n] = l;
            n += 1;
        }
        Locals::Few(n as u8, a)
    }
}

impl From<Vec<Local>> for Locals {
    fn from(v: Vec<Local>) -> Locals {
        if v.len() <= 3 {
            v.into_iter().collect()
        } else {
            Locals::Many(v)
        }
    }
}
