#!/usr/bin/env bash
# Prints "N passed, M failed" for the fault scenarios from failsafe's XML reports.
set -euo pipefail
report="$1/TEST-dev.albatross.api.ChaosIT.xml"
if [[ ! -f "$report" ]]; then
  echo "0 passed, 1 failed"
  exit 1
fi
total=$(grep -c '<testcase ' "$report" || true)
failed=$(grep -cE '<(failure|error)[ >]' "$report" || true)
skipped=$(grep -c '<skipped' "$report" || true)
echo "$((total - failed - skipped)) passed, $failed failed"
