#!/usr/bin/env bash
# Makes sure PostgreSQL, Redis and RabbitMQ answer on their local ports, installing and starting
# them with Debian's packages when they do not. Addresses come from the same variables the tests read.
set -euo pipefail

up() { timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

apt_install() {
  if ! command -v "$1" >/dev/null 2>&1; then
    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  fi
}

if ! up 5432; then
  apt_install pg_ctlcluster postgresql
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
fi
if ! up 6379; then
  apt_install redis-server redis-server
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
if ! up 5672; then
  apt_install rabbitmq-server rabbitmq-server
  rabbitmq-server -detached
fi

for i in $(seq 1 60); do
  if up 5432 && up 6379 && up 5672; then
    # trust auth for the local test user, as the tests expect (a fresh cluster may need it)
    psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1 \
      || { echo "PostgreSQL at 127.0.0.1:5432 refuses user postgres without a password" >&2; exit 1; }
    exit 0
  fi
  sleep 1
done
echo "PostgreSQL (5432), Redis (6379) or RabbitMQ (5672) did not come up" >&2
exit 1
