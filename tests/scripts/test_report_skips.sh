#!/usr/bin/env bash
# scripts/report-skips on made-up test reports: a listed skip passes and is counted, an unlisted one (a
# security test that could not run) fails the run, no skip passes.
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
expect() { # expected-exit-code expected-text report-file
  local out code
  out=$("$repo/scripts/report-skips" "$3" 2>&1); code=$?
  if [[ $code -ne $1 || "$out" != *"$2"* ]]; then
    echo "FAIL: $3: exit $code (wanted $1), output: $out"; failures=$((failures + 1))
  else
    echo "PASS: $3 -> $2"
  fi
}
printf 'PASS   : TestA::one()\nTotals: 1 passed, 0 failed, 0 skipped\n' > "$work/none.xml"
printf 'SKIP   : TestSecretBuffer::reallocKeepsItsContract() under AddressSanitizer\n' > "$work/listed.xml"
printf 'SKIP   : TestSecretsExposure::aCrashWritesNoCoreFileAndPrintsNoSecret() no core file here\n' > "$work/unlisted.xml"
expect 0 "0 test functions skipped" "$work/none.xml"
expect 0 "1 test function skipped (1 allowed" "$work/listed.xml"
expect 1 "NOT ALLOWED TestSecretsExposure::aCrashWritesNoCoreFileAndPrintsNoSecret" "$work/unlisted.xml"
expect 1 "no test report" "$work/missing.xml"
echo "$((4 - failures)) passed, $failures failed"
((failures == 0))
