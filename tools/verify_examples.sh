#!/usr/bin/env bash
# Checks tools/gcref.py against the acceptance examples in shared/examples (whose expectations
# came from real gc): exports transcripts byte for byte, panics' expected lines, diagnostics.
set -uo pipefail
cd "$(dirname "$0")/.."
EX="${GOWASM_SHARED:-../shared}/examples"
G="python3 tools/gcref.py"
fail=0
for x in hello abi; do
  if $G exports "$EX/$x/main.go" "$EX/$x/calls.txt" | diff - "$EX/$x/expect.go.txt"; then echo "ok   exports $x"; else echo "FAIL exports $x"; fail=1; fi
done
for x in divzero panic; do
  out=$($G exports "$EX/$x/main.go" "$EX/$x/calls.txt" --raw)
  ok=1; rest="$out"
  while IFS= read -r want; do
    # each expected line must appear inside some line of the output, in order
    if ! grep -qF -- "$want" <<<"$rest"; then ok=0; echo "  missing: $want"; break; fi
    rest=$(awk -v w="$want" 'f{print} !f && index($0,w){f=1}' <<<"$rest")
  done < "$EX/$x/expect.contains.txt"
  tail=$($G exports "$EX/$x/main.go" "$EX/$x/calls.txt" | tail -1)
  [ "$tail" = "[exit 2]" ] || { ok=0; echo "  normalized output does not end in [exit 2]"; }
  if [ $ok = 1 ]; then echo "ok   contains $x"; else echo "FAIL contains $x"; fail=1; fi
done
for x in directive-errors; do
  if $G diags "$EX/$x/main.go" | diff - "$EX/$x/expect.diagnostics.txt"; then echo "ok   diagnostics $x"; else echo "FAIL diagnostics $x"; fail=1; fi
done
exit $fail
