//! The difftest smoke set: the programs tools/difftest generates for the seeds listed in
//! testdata/difftest/smoke.txt must print what real gc printed for them. The file stores a
//! hash of gc's transcript per seed (FNV-1a, 64 bits), so this test needs Python to generate
//! the programs but no Go; `python3 tools/difftest check SEED` shows a difference in full.

use std::path::{Path, PathBuf};
use std::process::Command;

use compiler_core::Schedule;
use gowasm::{read_calls, read_sources, run_program, RunOptions};

fn fnv64(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

struct Row {
    seed: u64,
    exports: bool,
    hash: u64,
}

fn rows(root: &Path) -> Vec<Row> {
    let text = std::fs::read_to_string(root.join("testdata/difftest/smoke.txt")).expect("testdata/difftest/smoke.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(f.len(), 3, "smoke.txt: bad line {l:?}");
            Row { seed: f[0].parse().expect("seed"), exports: f[1] == "exports", hash: u64::from_str_radix(f[2], 16).expect("hash") }
        })
        .collect()
}

/// Our transcript of one generated program, as gcref.py normalizes gc's.
fn transcript(dir: &Path, row: &Row) -> String {
    let path = dir.join(format!("{}.go", row.seed));
    let files = read_sources(&[path.to_string_lossy().into_owned()]).expect("generated program");
    let mut opts = RunOptions::default();
    if row.exports {
        opts.schedule = Schedule::Go;
        opts.calls = read_calls(&std::fs::read_to_string(dir.join(format!("{}.calls", row.seed))).expect("calls"));
    }
    run_program(&files, &opts).transcript()
}

#[test]
fn smoke_set_matches_gc() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let rows = rows(&root);
    assert!(rows.len() >= 100, "smoke.txt lists {} seeds", rows.len());
    let dir = std::env::temp_dir().join(format!("gowasm-difftest-{}", std::process::id()));
    let status = Command::new("python3").arg(root.join("tools/difftest")).arg("smoke-gen").arg(&dir).status().expect("python3 runs tools/difftest");
    assert!(status.success(), "tools/difftest smoke-gen failed: {status}");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let failed: Vec<u64> = std::thread::scope(|s| {
        let chunks: Vec<&[Row]> = rows.chunks(rows.len().div_ceil(threads)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let dir = &dir;
                s.spawn(move || chunk.iter().filter(|r| fnv64(transcript(dir, r).as_bytes()) != r.hash).map(|r| r.seed).collect::<Vec<_>>())
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("worker")).collect()
    });
    std::fs::remove_dir_all(&dir).ok();
    assert!(failed.is_empty(), "{} of {} generated programs print something else than gc did, seeds {failed:?}; `python3 tools/difftest check SEED` shows the difference", failed.len(), rows.len());
}
