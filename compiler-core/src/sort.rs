//! Stable sorting through one shared copy of the standard library's sort. `slice::sort_by`
//! is instantiated anew for every element type and comparison, about 3 KB of wasm each,
//! which the page downloads (two dozen sorts were a twentieth of the compiling worker's
//! code). Here only a list of indices is sorted, by one instantiation with a `dyn`
//! comparison; the elements are then moved into that order by a small loop. The result is
//! `sort_by`'s: stable, equal elements in their original order.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as `v.sort_by(cmp)` does.
pub(crate) fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        order(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    permute(v, order);
}

/// Sorts `v` stably by the key `f` gives, as `v.sort_by_key(f)` does.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v`, as `v.sort()` does (and `v.sort_unstable()`, where equal elements cannot be
/// told apart).
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The indices of `n` items in the order `cmp` (on indices) sorts them, stably.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
    order
}

/// Moves the elements of `v` so that position `i` holds the one that was at `order[i]`,
/// following each cycle of the permutation once.
fn permute<T>(v: &mut [T], mut order: Vec<u32>) {
    const DONE: u32 = u32::MAX;
    for start in 0..v.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at] as usize;
            order[at] = DONE;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{sort, sort_by, sort_by_key};

    #[test]
    fn sorts_as_the_standard_library_does() {
        let mut seed = 7u64;
        for n in [0usize, 1, 2, 3, 10, 100, 1000] {
            let v: Vec<(u8, u32)> = (0..n as u32)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let (mut ours, mut std) = (v.clone(), v.clone());
            sort_by_key(&mut ours, |e| e.0);
            std.sort_by_key(|e| e.0);
            assert_eq!(ours, std, "stable by key, n = {n}");
            let (mut ours, mut std) = (v.clone(), v.clone());
            sort_by(&mut ours, |a, b| b.cmp(a));
            std.sort_by(|a, b| b.cmp(a));
            assert_eq!(ours, std, "by comparison, n = {n}");
            let (mut ours, mut std) = (v.clone(), v);
            sort(&mut ours);
            std.sort();
            assert_eq!(ours, std, "by Ord, n = {n}");
        }
    }
}
