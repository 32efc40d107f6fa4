#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests, CI and benchmarks: `initdb` into a temporary folder as the postgres user
# (initdb refuses root), `pg_ctl` on a free loopback port with its socket in that folder.
#   eval "$(bash scripts/postgres.sh start)"   # prints export lines: POSTGRES_DIR, POSTGRES_PORT, POSTGRES_CONNECTION
#   bash scripts/postgres.sh stop "$POSTGRES_DIR"  # stops the server and removes the folder (safe to call twice)
#   bash scripts/postgres.sh available          # exit 0 when the binaries are installed
#   bash scripts/postgres.sh bin                # prints the folder of the binaries (psql is there)
# The binaries are looked for in $POSTGRES_BIN, then /usr/lib/postgresql/*/bin, then PATH.
# The server trusts local connections (it listens on 127.0.0.1 only and lives as long as one run).
set -uo pipefail

find_bin() {
  if [ -n "${POSTGRES_BIN:-}" ] && [ -x "$POSTGRES_BIN/pg_ctl" ]; then echo "$POSTGRES_BIN"; return 0; fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return 0; fi
  return 1
}

# Runs a command as the postgres user when we are root (initdb and the server refuse root), else as ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

case "${1:-}" in
  available)
    find_bin >/dev/null
    ;;
  bin)
    find_bin
    ;;
  start)
    bin=$(find_bin) || { echo "PostgreSQL binaries not found (set POSTGRES_BIN)" >&2; exit 2; }
    dir=$(mktemp -d "${TMPDIR:-/tmp}/postcatalog-pg-XXXXXX")
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if ! as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
      echo "initdb failed:" >&2; cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1
    fi
    # fsync off: a throwaway server loses nothing that matters on a crash, and tests write a lot.
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null; then
      echo "pg_ctl start failed:" >&2; cat "$dir/server.log" >&2; rm -rf "$dir"; exit 1
    fi
    echo "export POSTGRES_DIR=$dir POSTGRES_PORT=$port"
    echo "export POSTGRES_CONNECTION='Host=127.0.0.1;Port=$port;Username=postgres'"
    ;;
  stop)
    dir=${2:-${POSTGRES_DIR:-}}
    [ -n "$dir" ] || { echo "usage: postgres.sh stop DIR" >&2; exit 2; }
    if [ -d "$dir/data" ]; then
      bin=$(find_bin) && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres.sh start | stop DIR | available" >&2
    exit 2
    ;;
esac
