#!/usr/bin/env bash
# The default mode with many PIREPs: RSS after a full GC, restart and empty start to /health 200.
# Builds nothing: needs verticles/target/albatross.jar and bench/target/albatross-bench.jar
# (./mvnw -B -q -Pbench package -DskipTests -pl bench -am). Starts the jar with the JVM options of
# `make run` and the image (the Makefile's JAVA_OPTS), unless ALBATROSS_BENCH_EMBEDDED_JVM_OPTS is set.
# Usage: bench/embedded-memory.sh [pireps]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
for jar in verticles/target/albatross.jar bench/target/albatross-bench.jar; do
  [[ -f $jar ]] || { echo "missing $jar: ./mvnw -B -q -Pbench package -DskipTests -pl bench -am" >&2; exit 1; }
done
export ALBATROSS_BENCH_EMBEDDED_JVM_OPTS="${ALBATROSS_BENCH_EMBEDDED_JVM_OPTS-$(make -s java-opts)}"
echo "JVM options: ${ALBATROSS_BENCH_EMBEDDED_JVM_OPTS:-none}"
exec java -jar bench/target/albatross-bench.jar embedded-memory verticles/target/albatross.jar "${1:-100000}"
