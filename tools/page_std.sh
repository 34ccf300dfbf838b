#!/usr/bin/env bash
# Site build step: writes every standard package's bundle into the staged site's std/, each
# under its content-hashed name (the worker's wasm does not embed them: it fetches those a
# program imports, compiler-core's `std_to_fetch`), and their doc comments into std-doc/
# (fetched when a hover first shows a package's docs), with compiler-core built natively.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${TRUNK_STAGING_DIR:-dist}/std"
docs="${TRUNK_STAGING_DIR:-dist}/std-doc"
rm -rf "$out" "$docs"
cargo run -q --release --offline -p compiler-core --example std_bundles -- "$out" "$docs" >&2
