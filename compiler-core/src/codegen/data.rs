//! The data segments' addresses: the live segments in one blob from [`DATA_BASE`], segments
//! of zeros that nothing is patched into (static objects) last, 8-aligned, so the zeros the
//! blob ends with need not be emitted (memory starts zeroed).
//!
//! Panic-site records (`Module::sites`, `name\tfile\0`) store each file name once: the
//! records of one file follow each other as `a\0b\0…z\0\tfile\0`, each record's address its
//! name's. Readers (`runtime.printsite`, `runtime.siteOf`) take the name up to its NUL and
//! the file from the next tab on.

use super::DATA_BASE;
use crate::fx::HashMap;
use crate::ir::Module;

/// Each segment's address (live ones only), and the blob's bytes.
pub fn layout(m: &Module, live: &[bool]) -> (Vec<Option<u32>>, Vec<u8>) {
    let mut addr: Vec<Option<u32>> = vec![None; m.data.len()];
    let mut blob = Vec::new();
    let mut patched = vec![false; m.data.len()];
    for (seg, _, _) in &m.relocs {
        if let Some(p) = patched.get_mut(*seg as usize) {
            *p = true;
        }
    }
    let zeros = |i: usize| !m.data[i].is_empty() && !patched[i] && m.data[i].iter().all(|b| *b == 0);
    // A file's records go where its first one would: every segment's address is at most
    // what it would be otherwise (addresses below 8192 take 2-byte `i32.const`s).
    let (files, mut file_of) = sites(m, live);
    for last in [false, true] {
        for (i, d) in m.data.iter().enumerate() {
            if !live[i] || zeros(i) != last {
                continue;
            }
            if let Some(f) = file_of[i] {
                for &s in &files[f].1 {
                    file_of[s as usize] = None;
                    addr[s as usize] = Some(DATA_BASE + blob.len() as u32);
                    blob.extend_from_slice(split(m, s).0);
                    blob.push(0);
                }
                blob.extend_from_slice(files[f].0);
                continue;
            }
            if addr[i].is_some() {
                continue;
            }
            if last {
                blob.resize(blob.len().next_multiple_of(8), 0);
            }
            addr[i] = Some(DATA_BASE + blob.len() as u32);
            blob.extend_from_slice(d);
        }
    }
    (addr, blob)
}

/// A site record's name and its `\tfile\0`.
fn split(m: &Module, s: u32) -> (&[u8], &[u8]) {
    let d = &m.data[s as usize];
    d.split_at(d.iter().position(|b| *b == b'\t').unwrap_or(d.len()))
}

/// The live site records by file, in order of first appearance, and each one's file.
fn sites<'m>(m: &'m Module, live: &[bool]) -> (Vec<(&'m [u8], Vec<u32>)>, Vec<Option<usize>>) {
    let mut files: Vec<(&[u8], Vec<u32>)> = Vec::new();
    let mut file_of = vec![None; m.data.len()];
    let mut index: HashMap<&[u8], usize> = HashMap::default();
    for &s in m.sites.iter().filter(|s| live[**s as usize]) {
        let file = split(m, s).1;
        let f = *index.entry(file).or_insert_with(|| {
            files.push((file, Vec::new()));
            files.len() - 1
        });
        files[f].1.push(s);
        file_of[s as usize] = Some(f);
    }
    (files, file_of)
}
