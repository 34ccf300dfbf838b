//! Per-function work on scoped threads, as gc's backend compiles functions concurrently
//! (and [`join`]: two independent steps at once).
//! Native compiles ask for the machine's parallelism (`Options::threads`); the page's
//! compiler runs on one thread, where nothing is spawned.
//!
//! Results never depend on the number of threads: the items are cut into contiguous chunks
//! that the workers take in turn, each item's work reads only the item and shared inputs
//! (a worker's own state is scratch space, reset per item), and every result lands at its
//! item's place.

use std::sync::Mutex;

/// Chunks per worker: enough that a chunk of large functions does not leave the other
/// workers idle at the end, few enough that taking one costs nothing.
const CHUNKS_PER_THREAD: usize = 16;

/// Calls `f(state, index, item)` for every item, on up to `threads` workers (the calling
/// thread is one), each with its own `state` from `init`.
pub fn each_mut<T: Send, S>(items: &mut [T], threads: usize, init: impl Fn() -> S + Sync, f: impl Fn(&mut S, usize, &mut T) + Sync) {
    let threads = threads.min(items.len());
    // wasm32 has no threads: the page's compiler carries no threaded code.
    if threads <= 1 || cfg!(target_arch = "wasm32") {
        let mut s = init();
        items.iter_mut().enumerate().for_each(|(i, t)| f(&mut s, i, t));
        return;
    }
    let size = items.len().div_ceil(threads * CHUNKS_PER_THREAD);
    let chunks = Mutex::new(items.chunks_mut(size).enumerate());
    let work = || {
        let mut s = init();
        loop {
            let next = chunks.lock().unwrap_or_else(|e| e.into_inner()).next();
            let Some((c, chunk)) = next else { break };
            chunk.iter_mut().enumerate().for_each(|(j, t)| f(&mut s, c * size + j, t));
        }
    };
    std::thread::scope(|sc| {
        for _ in 1..threads {
            sc.spawn(&work);
        }
        work();
    });
}

/// `f(state, i)` for `i` in `0..n`, in order, on up to `threads` workers as [`each_mut`].
pub fn map<R: Send, S>(n: usize, threads: usize, init: impl Fn() -> S + Sync, f: impl Fn(&mut S, usize) -> R + Sync) -> Vec<R> {
    if threads.min(n) <= 1 || cfg!(target_arch = "wasm32") {
        let mut s = init();
        return (0..n).map(|i| f(&mut s, i)).collect();
    }
    let mut out: Vec<Option<R>> = (0..n).map(|_| None).collect();
    each_mut(&mut out, threads, init, |s, i, o| *o = Some(f(s, i)));
    out.into_iter().flatten().collect()
}

/// `(a(), b())`, `b` on a second thread when `threads` allows.
pub fn join<A, B: Send>(threads: usize, a: impl FnOnce() -> A, b: impl FnOnce() -> B + Send) -> (A, B) {
    if threads <= 1 || cfg!(target_arch = "wasm32") {
        return (a(), b());
    }
    std::thread::scope(|sc| {
        let b = sc.spawn(b);
        let a = a();
        (a, b.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    })
}

/// Natively, on more than one thread: `f(i)` for each `i` of `items()`, in order, on the
/// workers, for a sequential walk over the same items to take in turn. `None` on one thread,
/// where the walk reads each item itself.
#[cfg(not(target_arch = "wasm32"))]
pub fn ahead<R: Send>(threads: usize, items: impl FnOnce() -> Vec<usize>, f: impl Fn(usize) -> R + Sync) -> Option<std::vec::IntoIter<R>> {
    (threads > 1).then(|| {
        let items = items();
        map(items.len(), threads, || (), |_, k| f(items[k])).into_iter()
    })
}

/// Natively, on more than one thread: `f(i)` for the `i` in `0..n` that `pick` keeps (on the
/// calling thread), on the workers; false for the others. `None` on one thread.
#[cfg(not(target_arch = "wasm32"))]
pub fn flags(n: usize, threads: usize, pick: impl Fn(usize) -> bool, f: impl Fn(usize) -> bool + Sync) -> Option<Vec<bool>> {
    (threads > 1).then(|| {
        let read: Vec<usize> = (0..n).filter(|&i| pick(i)).collect();
        let found = map(read.len(), threads, || (), |_, k| f(read[k]));
        let mut out = vec![false; n];
        read.into_iter().zip(found).for_each(|(i, x)| out[i] = x);
        out
    })
}
