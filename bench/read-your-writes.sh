#!/usr/bin/env bash
# Starts a worker and two gateways on the local PostgreSQL, RabbitMQ and Redis (a database and a
# virtual host of their own), runs bench/read-your-writes.mjs against them, and cleans up.
# Usage: bench/read-your-writes.sh   (after make build)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=verticles/target/albatross.jar
NAME="albatross_ryw_$(date +%s)"
LOGS="$(mktemp -d -t albatross-ryw-XXXXXX)"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $NAME" >/dev/null 2>&1 || true
  rabbitmqctl -q delete_vhost "$NAME" >/dev/null 2>&1 || true
}
trap cleanup EXIT

psql -h 127.0.0.1 -U postgres -qc "create database $NAME"
rabbitmqctl -q add_vhost "$NAME" && rabbitmqctl -q set_permissions -p "$NAME" guest '.*' '.*' '.*'
export ALBATROSS_PG_URL="postgresql://postgres@127.0.0.1:5432/$NAME" \
  ALBATROSS_RABBITMQ_URL="amqp://guest:guest@127.0.0.1:5672/$NAME" \
  ALBATROSS_REDIS_URL=redis://127.0.0.1:6379 \
  ALBATROSS_JWT_SECRET=read-your-writes-bench-secret-of-32+ \
  ALBATROSS_ADMIN_EMAIL=admin@bench.test ALBATROSS_ADMIN_PASSWORD=bench-admin-password

start() {
  ALBATROSS_ROLES="$1" ALBATROSS_HTTP_PORT="$2" java -jar "$JAR" >"$LOGS/$1-$2.log" 2>&1 &
  PIDS+=($!)
}
start worker 19190
start gateway 19180
start gateway 19181
for port in 19190 19180 19181; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
node bench/read-your-writes.mjs http://127.0.0.1:19180 http://127.0.0.1:19181 admin@bench.test bench-admin-password
