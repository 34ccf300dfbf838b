#!/usr/bin/env bash
# Size and speed of the playground: builds dist/ (tools/serve.sh --build), prints the size of
# every file raw and gzip-compressed, then load and compile times measured in headless
# Chromium (installs chromium and npm playwright-core when missing), with the load average.
# PAGE_BENCH_LOADS=N sets how many fresh page loads are timed (default 7).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash tools/serve.sh --build >&2
echo "| file | raw bytes | gzip -9 bytes |"
echo "|---|---|---|"
# What loads before the actor example is ready: the page, whose program (one wasm) the worker
# that compiles runs too (the page starts it at once). Later, on demand: the tools worker
# (Format, WAT: gowasm-tools*), the standard packages' bundles (std/, per package a program
# imports) and the service worker (sw.js, installed once the page is idle).
first=0; first_gz=0; later=0; later_gz=0
for f in dist/*; do
  [ -f "$f" ] || continue
  raw=$(wc -c < "$f"); gz=$(gzip -9c "$f" | wc -c)
  case "${f#dist/}" in
    gowasm-tools*|sw.js) later=$((later + raw)); later_gz=$((later_gz + gz)); echo "| ${f#dist/} (later) | $raw | $gz |" ;;
    *) first=$((first + raw)); first_gz=$((first_gz + gz)); echo "| ${f#dist/} | $raw | $gz |" ;;
  esac
done
std=0; std_gz=0; n=0
for f in dist/std/*; do
  std=$((std + $(wc -c < "$f"))); std_gz=$((std_gz + $(gzip -9c "$f" | wc -c))); n=$((n + 1))
done
echo "| std/: $n standard package bundles (later, each on first import) | $std | $std_gz |"
echo "| **first load (until the actor example is ready)** | $first | $first_gz |"
echo "| everything, with all bundles | $((first + later + std)) | $((first_gz + later_gz + std_gz)) |"
echo
command -v /usr/bin/chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >&2; }
[ -d .tools/npm/node_modules/playwright-core ] || npm install --prefix .tools/npm --no-audit --no-fund --silent playwright-core >&2
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
sleep 1
# The machine's load skews every time: print it with the numbers.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
NODE_PATH=.tools/npm/node_modules node tools/page_bench.js "http://127.0.0.1:$PORT/"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
