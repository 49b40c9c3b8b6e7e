#!/usr/bin/env bash
# Benchmarks schemac on PostgreSQL beside Prisma's own engine (../shared/oracle), in one run, and
# prints a Markdown table for the README.
#   bench/postgres.sh [SIZES...]        default sizes: 1000 10000
# For each size N (bench/gen_schema N postgresql: N models, ~1.1 N tables with the implicit m:n
# join tables, N enums / 10): the script from empty (schemac diff beside prisma-diff); a live
# database made by schemac's own from-empty script on a throwaway server
# (tests/postgres/pg-cluster.sh), then introspection alone (`schemac diff --from URL --to empty
# --summary`, which reads the whole database and prints one line per table to drop, beside
# `prisma-introspect URL`, Prisma's `db pull --print`), and the live database diffed with its
# schema (no difference expected). Each number is the best of RUNS (default 3) whole-command
# runs: wall-clock seconds, user+system CPU seconds, and peak resident memory (GNU time).
# Needs: a built schemac and gen_schema (SCHEMAC_BUILD, default build/), GNU time, psql and the
# PostgreSQL server binaries, and the oracle installed (../shared/oracle/install.sh, Node.js).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
oracle="${SCHEMAC_ORACLE:-$root/../shared/oracle}"
build="${SCHEMAC_BUILD:-$root/build}"
runs="${RUNS:-3}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
[ -x "$build/schemac" ] && [ -x "$build/bench/gen_schema" ] ||
  { echo "bench: build first (cmake --build $build --target schemac gen_schema)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 1; }

out="$root/bench/out"
mkdir -p "$out"
cluster="$out/pg-cluster"
trap 'tests/postgres/pg-cluster.sh stop "$cluster" >/dev/null 2>&1 || true' EXIT
tests/postgres/pg-cluster.sh start "$cluster" >&2
base="$(cat "$cluster/url")"
export PGOPTIONS="-c client_min_messages=warning"

# best_of OK_CODES CMD...: prints "wall cpu peak_kib exit" of the fastest of $runs runs (cpu =
# user + system); exit codes other than those in OK_CODES fail the benchmark.
best_of() {
  local ok="$1"; shift
  local best_s="" best_c="" best_m="" best_rc=""
  for _ in $(seq 1 "$runs"); do
    local rc=0
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >"$out/stdout.txt" 2>"$out/stderr.txt" || rc=$?
    case " $ok " in *" $rc "*) ;; *) echo "bench: exit $rc: $*" >&2; tail -5 "$out/stderr.txt" >&2; return 1;; esac
    read -r s u y m < <(tail -1 "$out/time.txt")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then
      best_s=$s; best_c=$(awk "BEGIN{printf \"%.2f\", $u + $y}"); best_m=$m; best_rc=$rc
    fi
  done
  echo "$best_s $best_c $best_m $best_rc"
}

row() {  # row LABEL N S_WALL S_CPU S_MEM P_WALL P_CPU P_MEM
  local ratio
  ratio=$(awk "BEGIN{ if ($3 > 0) printf \"%.0fx\", $6 / $3; else print \"n/a\" }")
  printf "| %s | %s | %.2f s | %.2f s | %d MiB | %.2f s | %.2f s | %d MiB | %s |\n" \
    "$1" "$2" "$3" "$4" $(($5 / 1024)) "$6" "$7" $(($8 / 1024)) "$ratio"
}

echo "| job | models | schemac wall | schemac CPU | schemac peak RSS | Prisma wall | Prisma CPU | Prisma peak RSS | speed-up (wall) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  schema="$out/postgres-$n.prisma"
  "$build/bench/gen_schema" "$n" postgresql >"$schema"
  read -r sw sc sm src < <(best_of 0 "$build/schemac" diff --from empty --to "$schema")
  read -r pw pc pm prc < <(best_of 0 "$oracle/bin/prisma-diff" --from empty --to "$schema" --raw)
  row "script from empty" "$n" "$sw" "$sc" "$sm" "$pw" "$pc" "$pm"

  db="bench_$n"
  url="${base%/*}/$db"
  psql -XAtq "$base" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  # Applied without its BEGIN/COMMIT: in one transaction, 10,000 models take more locks than a
  # default server has room for (max_locks_per_transaction 64 x max_connections: "out of
  # shared memory"); so would any one-transaction run of such a script, Prisma's engine's too.
  "$build/schemac" diff --from empty --to "$schema" | grep -v -x -e 'BEGIN;' -e 'COMMIT;' \
    >"$out/postgres-$n.sql"
  psql -Xq -v ON_ERROR_STOP=1 "$url" -f "$out/postgres-$n.sql" >/dev/null
  psql -XAtq "$url" -c "VACUUM ANALYZE" >/dev/null
  tables=$(psql -XAtq "$url" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
  read -r sw sc sm src < <(best_of 0 "$build/schemac" diff --from "$url" --to empty --summary)
  read -r pw pc pm prc < <(best_of 0 "$oracle/bin/prisma-introspect" "$url")
  row "introspect a live database ($tables tables)" "$n" "$sw" "$sc" "$sm" "$pw" "$pc" "$pm"
  # Exit 2 (a difference found where none should be) is timed too, and said in the label.
  read -r sw sc sm src < <(best_of "0 2" "$build/schemac" diff --from "$url" --to "$schema" --exit-code)
  read -r pw pc pm prc < <(best_of "0 2" "$oracle/bin/prisma-diff" --from "$url" --to "$schema" --exit-code)
  label="live database diffed with its schema"
  [ "$src" = 0 ] || label="$label (schemac found differences)"
  [ "$prc" = 0 ] || label="$label (Prisma found differences)"
  row "$label" "$n" "$sw" "$sc" "$sm" "$pw" "$pc" "$pm"
  psql -XAtq "$base" -c "DROP DATABASE $db WITH (FORCE)" >/dev/null
done
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; PostgreSQL $(psql -XAtq "$base" -c 'SHOW server_version' | cut -d' ' -f1); $(date -u +%Y-%m-%d)."
