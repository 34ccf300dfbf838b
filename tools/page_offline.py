#!/usr/bin/env python3
"""Site build step: fills in the service worker (sw.js) of the staged site with the files it
keeps for offline use (every file but the standard packages' bundles, which the worker keeps
as it fetches them) and a version hashing all of them, so a new build replaces the cache."""
import hashlib
import json
import os
import sys

root = os.environ.get("TRUNK_STAGING_DIR", "dist")
sw = os.path.join(root, "sw.js")
files = sorted(
    os.path.relpath(os.path.join(d, f), root)
    for d, _, fs in os.walk(root)
    for f in fs
    if not os.path.relpath(d, root).startswith("std") and f != "sw.js"
)
version = hashlib.sha256()
for f in files:
    version.update(f.encode() + b"\0" + open(os.path.join(root, f), "rb").read())
# The page itself is asked for as ./ (and as index.html).
urls = ["./"] + ["./" + f.replace(os.sep, "/") for f in files]
text = open(sw, encoding="utf-8").read()
if "'SITE-FILES'" not in text or "SITE-VERSION" not in text:
    sys.exit("tools/page_offline.py: %s has no SITE-FILES/SITE-VERSION placeholders" % sw)
text = text.replace("['SITE-FILES']", json.dumps(urls)).replace("SITE-VERSION", version.hexdigest()[:16])
open(sw, "w", encoding="utf-8").write(text)
