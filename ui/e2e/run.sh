#!/usr/bin/env bash
# End-to-end browser tests against a running jar: e2e/run.sh path/to/albatross.jar
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 <path-to-albatross.jar>" >&2
  exit 2
fi
JAR="$(realpath "$1")"
UI_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$UI_DIR"

if [[ ! -f "$JAR" ]]; then
  echo "No jar at $JAR" >&2
  exit 2
fi

if [[ ! -x /usr/bin/chromium ]]; then
  echo "Installing Chromium..."
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

PORT="$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
BASE_URL="http://127.0.0.1:${PORT}"
ADMIN_EMAIL="admin@e2e.test"
ADMIN_PASSWORD="e2e-admin-$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')"
LOG="$(mktemp -t albatross-e2e-XXXXXX.log)"
DATA="$(mktemp -d -t albatross-e2e-data-XXXXXX)"

echo "Starting $JAR on port $PORT (log: $LOG)"
ALBATROSS_HTTP_PORT="$PORT" \
ALBATROSS_ADMIN_EMAIL="$ADMIN_EMAIL" \
ALBATROSS_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
ALBATROSS_ALLOWED_ORIGINS="${BASE_URL},http://localhost:${PORT}" \
ALBATROSS_DATA_DIR="$DATA" \
  java -jar "$JAR" >"$LOG" 2>&1 &
JAR_PID=$!

stop_jar() {
  if kill -0 "$JAR_PID" 2>/dev/null; then
    kill "$JAR_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 "$JAR_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$JAR_PID" 2>/dev/null || true
  fi
  wait "$JAR_PID" 2>/dev/null || true
  rm -rf "$DATA"
}
trap stop_jar EXIT INT TERM

healthy() {
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' \
    "${BASE_URL}/health"
}

for attempt in $(seq 1 120); do
  if healthy; then
    break
  fi
  if ! kill -0 "$JAR_PID" 2>/dev/null; then
    echo "The jar exited before it was healthy:" >&2
    tail -n 80 "$LOG" >&2
    exit 1
  fi
  if [[ $attempt -eq 120 ]]; then
    echo "The jar was not healthy after 120 s:" >&2
    tail -n 80 "$LOG" >&2
    exit 1
  fi
  sleep 1
done
echo "Healthy at $BASE_URL"

status=0
BASE_URL="$BASE_URL" ADMIN_EMAIL="$ADMIN_EMAIL" ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  node --test --test-concurrency=1 --test-reporter=spec e2e/app.e2e.mjs || status=$?

if [[ $status -ne 0 ]]; then
  echo "--- last lines of the server log ($LOG) ---" >&2
  tail -n 60 "$LOG" >&2
else
  rm -f "$LOG"
fi
exit "$status"
