#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server on a loopback port, then stop it.
# Installs PostgreSQL from Debian packages where it is missing (root only). Exports
# NEWS_EXTRACT_TEST_PG with the server's SQLAlchemy URL for the database tests.
set -euo pipefail
port="${NEWS_EXTRACT_PG_PORT:-54329}"
bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(bin_dir)" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "with-postgres: installing PostgreSQL from Debian packages" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg="$(bin_dir)"
if [ -z "$pg" ]; then
  echo "with-postgres: no PostgreSQL here; the PostgreSQL tests will be skipped" >&2
  exec "$@"
fi
data="$(mktemp -d /tmp/news-extract-pg.XXXXXX)"
run_as=()
if [ "$(id -u)" = 0 ]; then  # the server refuses to run as root
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$data"
  run_as=(runuser -u postgres --)
fi
"${run_as[@]}" "$pg/initdb" -D "$data" -A trust -U postgres >/dev/null
"${run_as[@]}" "$pg/pg_ctl" -D "$data" -l "$data/log" -w \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
stop() { "${run_as[@]}" "$pg/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$data"; }
trap stop EXIT
export NEWS_EXTRACT_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
"$@"
