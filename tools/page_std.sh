#!/usr/bin/env bash
# Site build step: writes every standard package's bundle into the staged site's std/, each
# under its content-hashed name (the worker's wasm does not embed them: it fetches those a
# program imports, compiler-core's `std_to_fetch`), with compiler-core built natively.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${TRUNK_STAGING_DIR:-dist}/std"
rm -rf "$out"
cargo run -q --release --offline -p compiler-core --example std_bundles -- "$out" >&2
