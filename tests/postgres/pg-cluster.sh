#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite (CTest fixture `postgres`):
#   tests/postgres/pg-cluster.sh start DIR   initdb + pg_ctl in DIR, 127.0.0.1 only, a free port;
#                                            writes the URL to DIR/url
#   tests/postgres/pg-cluster.sh stop DIR    stops the server and deletes DIR (always succeeds)
# Run as root (CI), the server runs as the `postgres` user (or `nobody`): postgres refuses root.
# Its files live in a folder of their own under the system's temporary folder (DIR/server says
# where), since that user may not be able to enter DIR's parents (a checkout under a private
# mktemp folder). Trust authentication on loopback only; fsync off (nothing worth keeping).
set -euo pipefail

die() { echo "pg-cluster: error: $*" >&2; exit 1; }

bindir() {
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$d" ] && [ -x "$d/initdb" ] && { echo "$d"; return; }
  command -v initdb >/dev/null 2>&1 && { dirname "$(readlink -f "$(command -v initdb)")"; return; }
  die "PostgreSQL server binaries not found (apt-get install -y postgresql)"
}

as_owner() {
  local owner="$1"; shift
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u "$owner" -- "$@"); else "$@"; fi
}

# A port nobody listens on: a connection attempt to it is refused.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  die "no free port found"
}

cmd="${1:-}"; dir="${2:-}"
[ -n "$dir" ] || die "usage: pg-cluster.sh start|stop DIR"
case "$cmd" in
  start)
    bin="$(bindir)"
    "$0" stop "$dir"
    mkdir -p "$dir"
    server="$(mktemp -d "${TMPDIR:-/tmp}/schemac-pg.XXXXXX")"
    echo "$server" >"$dir/server"
    owner="$(id -un)"
    if [ "$(id -u)" = 0 ]; then
      if id postgres >/dev/null 2>&1; then owner=postgres; else owner=nobody; fi
      chown "$owner" "$server"; chmod 700 "$server"
    fi
    echo "$owner" >"$dir/owner.txt"
    as_owner "$owner" "$bin/initdb" -D "$server/data" -U postgres -A trust -E UTF8 --no-locale \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    for attempt in 1 2 3 4 5; do
      port="$(free_port)"
      if as_owner "$owner" "$bin/pg_ctl" -D "$server/data" -l "$server/server.log" -w -t 60 \
           -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$server -c fsync=off -c full_page_writes=off -c max_connections=100" \
           start >/dev/null 2>&1; then
        echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
        echo "pg-cluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($server)"
        exit 0
      fi
      echo "pg-cluster: start attempt $attempt on port $port failed; retrying" >&2
    done
    cat "$server/server.log" >&2 || true
    die "the server did not start"
    ;;
  stop)
    server="$(cat "$dir/server" 2>/dev/null || true)"
    if [ -n "$server" ] && [ -d "$server/data" ]; then
      owner="$(cat "$dir/owner.txt" 2>/dev/null || id -un)"
      as_owner "$owner" "$(bindir)/pg_ctl" -D "$server/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [ -n "$server" ] && rm -rf "$server"
    rm -rf "$dir"
    ;;
  *) die "usage: pg-cluster.sh start|stop DIR" ;;
esac
