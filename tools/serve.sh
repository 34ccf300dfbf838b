#!/usr/bin/env bash
# The README's first command: sets up what is missing, builds the playground and serves it
# on http://127.0.0.1:8080 (Ctrl+C stops). `--build` only builds dist/ and exits.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash tools/setup.sh
GOWASM_GOROOT="$(bash tools/setup-go.sh)"
export GOWASM_GOROOT PATH="$GOWASM_GOROOT/bin:$PATH"
export PATH="$HOME/.cargo/bin:$ROOT/.tools/npm/node_modules/.bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gowasm-target}"
if [ "${1:-}" = "--build" ]; then
  exec trunk build --release --offline
fi
exec trunk serve --release --offline --no-autoreload
