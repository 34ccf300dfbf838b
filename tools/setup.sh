#!/usr/bin/env bash
# Installs what building the playground needs, each tool only when it is missing:
# the wasm32 target, trunk 0.21.14, wasm-bindgen-cli matching Cargo.lock, and wasm-opt
# (npm's binaryen, into .tools/). Prints the PATH additions; source-safe (no `exit`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
export PATH="$HOME/.cargo/bin:$ROOT/.tools/npm/node_modules/.bin:$PATH"

log() { echo "setup: $*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (takes a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ]; then
  log "installing wasm-bindgen-cli $WB_VERSION"
  # Not --locked: the CLI's own lockfile pins crates that no longer build with this toolchain.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if ! command -v wasm-opt >/dev/null 2>&1; then
  log "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into .tools/npm"
  mkdir -p "$ROOT/.tools/npm"
  npm install --prefix "$ROOT/.tools/npm" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
fi

log "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
