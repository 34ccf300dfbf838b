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
total=0; total_gz=0
for f in dist/*; do
  raw=$(wc -c < "$f"); gz=$(gzip -9c "$f" | wc -c)
  total=$((total + raw)); total_gz=$((total_gz + gz))
  echo "| ${f#dist/} | $raw | $gz |"
done
# The page starts its worker (gowasm-worker*: loader, script, wasm) at once to compile the
# first program, so every file counts in the first load.
echo "| **total (first load: the worker is started at load)** | $total | $total_gz |"
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
