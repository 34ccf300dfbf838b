#!/usr/bin/env bash
# Fuzzes compiler_core::compile (or, with FUZZ_TARGET=format, compiler_core::format::format)
# with libFuzzer on the stable toolchain (RUSTC_BOOTSTRAP=1 unlocks the nightly flags
# cargo-fuzz needs). Usage: fuzz/run.sh [seconds] [libFuzzer args...]
# Seeds: every Go program in testdata/ and ../shared/examples (for compile, each behind an
# options byte).
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"
shift || true
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
target="${FUZZ_TARGET:-compile}"
corpus="corpus/$target"
mkdir -p "$corpus"
shared="${GOWASM_SHARED:-../../shared}"
flag_bytes='\x00 \x01'
[ "$target" = format ] && flag_bytes=''
for f in $(find ../testdata "$shared/examples" -name '*.go' 2>/dev/null); do
  for flags in ${flag_bytes:-''}; do
    out="$corpus/seed-$(printf "$flags" | cat - "$f" | sha1sum | cut -c1-16)"
    [ -e "$out" ] || printf "$flags" | cat - "$f" > "$out"
  done
done
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gowasm-target-fuzz}"
exec cargo fuzz run --sanitizer none --debug-assertions "$target" "$corpus" -- -dict=go.dict -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 "$@"
