#!/usr/bin/env bash
# Fuzzes compiler_core::compile (or, with FUZZ_TARGET=format, compiler_core::format::format;
# with FUZZ_TARGET=gen, compile on Go programs generated from the fuzzer's bytes) with
# libFuzzer on the stable toolchain (RUSTC_BOOTSTRAP=1 unlocks the nightly flags cargo-fuzz
# needs). Usage: fuzz/run.sh [seconds] [libFuzzer args...]
# Seeds: every Go program in testdata/ and ../shared/examples (for compile, each behind an
# options byte), and generated hostile inputs; gen starts from nothing (its inputs are
# choices, not source).
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"
shift || true
GOWASM_GOROOT="$(bash ../tools/setup-go.sh)"
export GOWASM_GOROOT PATH="$GOWASM_GOROOT/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
target="${FUZZ_TARGET:-compile}"
corpus="corpus/$target"
mkdir -p "$corpus"
shared="${GOWASM_SHARED:-../../shared}"
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gowasm-target-fuzz}"
if [ "$target" = gen ]; then
  # random choices of every length as seeds: libFuzzer's own first inputs are a few bytes
  for n in 64 256 1024 2048 4096; do
    [ -e "$corpus/random-$n" ] || head -c "$n" /dev/urandom > "$corpus/random-$n"
  done
  # every input its full length at once: a short input makes a near-empty program
  exec cargo fuzz run --sanitizer none --debug-assertions gen "$corpus" -- -max_total_time="$secs" -max_len=4096 -len_control=0 -timeout=10 -rss_limit_mb=2048 "$@"
fi
flag_bytes='\x00 \x01'
[ "$target" = format ] && flag_bytes=''
for f in $(find ../testdata "$shared/examples" -name '*.go' 2>/dev/null); do
  for flags in ${flag_bytes:-''}; do
    out="$corpus/seed-$(printf "$flags" | cat - "$f" | sha1sum | cut -c1-16)"
    [ -e "$out" ] || printf "$flags" | cat - "$f" > "$out"
  done
done
# Hostile shapes, within -max_len: many errors, long operator and else-if chains, deep nesting,
# long switches, literals and method sets.
rep() { local s="" i; for ((i = 0; i < $2; i++)); do s+="$1"; done; printf '%s' "$s"; }
hostile() { [ -e "$corpus/hostile-$1" ] || printf "${flag_bytes:0:4}%s\n" "$2" > "$corpus/hostile-$1"; }
hostile redecl "package main
$(rep $'var x int\n' 700)func main() {}"
hostile unused "package main
func main() {$(for i in $(seq 600); do printf '\n\tv%d := 1' "$i"; done)
}"
hostile chain "package main
func main() { x := 1$(rep ' + 1' 1900); println(x) }"
hostile elseif "package main
func main() { x := 1; if x == 0 {$(rep $'\n} else if x == 1 {' 380)
} }"
hostile switch "package main
func f(x int) int {
	switch x {$(for i in $(seq 300); do printf '\n\tcase %d:\n\t\treturn %d' "$i" "$i"; done)
	}
	return 0
}
func main() { println(f(7)) }"
hostile strings "package main
var xs = []string{$(for i in $(seq 600); do printf '"s%d", ' "$i"; done)}
func main() { println(len(xs)) }"
hostile methods "package main
type T int
$(for i in $(seq 300); do printf 'func (T) M%d() {}\n' "$i"; done)
func main() { T(0).M7() }"
hostile parens "package main
func main() { println($(rep '(' 3000)1$(rep ')' 3000)) }"
exec cargo fuzz run --sanitizer none --debug-assertions "$target" "$corpus" -- -dict=go.dict -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 "$@"
