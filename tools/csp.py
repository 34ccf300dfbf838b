#!/usr/bin/env python3
"""Trunk post_build hook: allow the inline script(s) of index.html (the one that loads the
page's program and starts its worker) by their SHA-256 in the page's
Content-Security-Policy, so no 'unsafe-inline' is needed."""
import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "'sha256-INLINE-SCRIPTS'"

path = os.path.join(os.environ.get("TRUNK_STAGING_DIR", "dist"), "index.html")
html = open(path, encoding="utf-8").read()
scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts)
if PLACEHOLDER not in html:
    sys.exit("tools/csp.py: no %s placeholder in %s" % (PLACEHOLDER, path))
open(path, "w", encoding="utf-8").write(html.replace(PLACEHOLDER, hashes))
