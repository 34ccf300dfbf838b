#!/usr/bin/env bash
# Browser tests: installs what is missing, builds the site in release mode, and runs every
# scenario in e2e/tests/ against it in Debian's Chromium (each test file serves dist/ on a free
# loopback port). One scenario: `bash e2e/run.sh tests/share.test.mjs`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
GOWASM_GOROOT="$(bash tools/setup-go.sh)"
export GOWASM_GOROOT PATH="$GOWASM_GOROOT/bin:$PATH"
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
[ -d e2e/node_modules/playwright-core ] && [ -d e2e/node_modules/@axe-core/playwright ] || npm ci --prefix e2e --no-audit --no-fund --silent
export PATH="$PWD/.tools/npm/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline
export GOWASM_SCREENSHOTS="${GOWASM_SCREENSHOTS:-$PWD/e2e/screenshots}"
echo "e2e: screenshots go to $GOWASM_SCREENSHOTS"
cd e2e
if [ $# -gt 0 ]; then
  node --test --test-concurrency=1 "$@"
else
  node --test --test-concurrency=1 tests/
fi
