#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages when missing and starts a private cluster for the
# tests (its own folder and port, loopback only, password auth), then prints the connection
# string the tests read from JUESUAN_TEST_POSTGRES. Idempotent: a running cluster is reused.
#   JUESUAN_PG_DIR (default /tmp/juesuan-pg), JUESUAN_PG_PORT (default 55432)
set -euo pipefail
dir="${JUESUAN_PG_DIR:-/tmp/juesuan-pg}"
port="${JUESUAN_PG_PORT:-55432}"
user=juesuan
password=juesuan-test

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# initdb and postgres refuse to run as root: as root, the cluster belongs to the postgres user.
as() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir "$dir" --shell /usr/sbin/nologin postgres
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  as bash -c "umask 077; echo '$password' > '$dir/pwfile'"
  as "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! as "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; echo "install-postgres.sh: PostgreSQL did not start" >&2; exit 1; }
fi

echo "Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=postgres"
