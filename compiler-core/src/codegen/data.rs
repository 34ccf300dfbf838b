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
    let mut site = vec![false; m.data.len()];
    m.sites.iter().for_each(|s| site[*s as usize] = true);
    let zeros = |i: usize| !m.data[i].is_empty() && !patched[i] && m.data[i].iter().all(|b| *b == 0);
    for last in [false, true] {
        for (i, d) in m.data.iter().enumerate() {
            if live[i] && zeros(i) == last && !site[i] {
                if last {
                    blob.resize(blob.len().next_multiple_of(8), 0);
                }
                addr[i] = Some(DATA_BASE + blob.len() as u32);
                blob.extend_from_slice(d);
            }
        }
        if !last {
            sites(m, live, &mut addr, &mut blob);
        }
    }
    (addr, blob)
}

/// The live site records, grouped by file in order of first appearance.
fn sites(m: &Module, live: &[bool], addr: &mut [Option<u32>], blob: &mut Vec<u8>) {
    let split = |s: u32| {
        let d = &m.data[s as usize];
        d.split_at(d.iter().position(|b| *b == b'\t').unwrap_or(d.len()))
    };
    let mut files: Vec<(&[u8], Vec<u32>)> = Vec::new();
    let mut index: HashMap<&[u8], usize> = HashMap::default();
    for &s in m.sites.iter().filter(|s| live[**s as usize]) {
        let file = split(s).1;
        let i = *index.entry(file).or_insert_with(|| {
            files.push((file, Vec::new()));
            files.len() - 1
        });
        files[i].1.push(s);
    }
    for (file, segs) in files {
        for s in segs {
            addr[s as usize] = Some(DATA_BASE + blob.len() as u32);
            blob.extend_from_slice(split(s).0);
            blob.push(0);
        }
        blob.extend_from_slice(file);
    }
}
