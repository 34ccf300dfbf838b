#!/usr/bin/env bash
# Trunk's post_build hook, in order: the loader script's hash into the page's CSP, the
# standard packages' bundles, the lessons' reference solutions left out, then the service
# worker's list of files (which hashes them all).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rm -f "${TRUNK_STAGING_DIR:-dist}"/lessons/*.solution.go
python3 tools/csp.py
bash tools/page_std.sh
python3 tools/page_offline.py
