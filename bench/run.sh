#!/usr/bin/env bash
# make bench: builds the jar and the harness, then measures Albatross against its floors on the
# local PostgreSQL, RabbitMQ and Redis. Prints the table; writes bench/results/latest.json.
# Usage: bench/run.sh [phases]   phases: embedded,restart,write,live,rebuild,flights (default: all of them)
# The phase restart starts the default mode with the JVM options of `make run` (the Makefile's JAVA_OPTS).
set -euo pipefail
cd "$(dirname "$0")/.."

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  fi
}
need wrk wrk
need pgbench postgresql-contrib
need psql postgresql-client

scripts/ensure-services.sh
./mvnw -B -q -Pbench package -DskipTests

export ALBATROSS_BENCH_EMBEDDED_JVM_OPTS="${ALBATROSS_BENCH_EMBEDDED_JVM_OPTS-$(make -s java-opts)}"
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -jar bench/target/albatross-bench.jar verticles/target/albatross.jar bench/results "$@"
