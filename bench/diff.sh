#!/usr/bin/env bash
# Benchmarks `schemac diff` beside Prisma's own engine (`prisma-diff` of ../shared/oracle) on the
# same generated SQLite schemas and databases, in one run, and prints Markdown tables for the
# README.
#   bench/diff.sh [SIZES...]        default sizes: 1000 10000
# For each size N: the script from empty to N models; the script between two N-model schemas
# that differ in 1% of their models (a new column and index each); and reading a live SQLite
# database of N models (its ~1.1 N tables made by schemac's own script) and diffing it against
# its schema (no difference expected). Each number is the best of 3 whole-command runs:
# wall-clock seconds and peak resident memory. Needs: a built schemac and gen_schema
# (scripts/build.sh schemac gen_schema), GNU time, sqlite3, and the oracle installed
# (../shared/oracle/install.sh, Node.js).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
oracle="${SCHEMAC_ORACLE:-$root/../shared/oracle}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
[ -x build/schemac ] && [ -x build/bench/gen_schema ] || { echo "bench: build first (scripts/build.sh schemac gen_schema)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 1; }

out="$root/bench/out"
mkdir -p "$out"

# best_of OK_CODES CMD...: prints "wall_seconds cpu_seconds peak_kib" of the fastest of three runs; exit codes
# other than those in OK_CODES (e.g. "0 2" for --exit-code) fail the benchmark.
best_of() {
  local ok="$1"; shift
  local best_s="" best_c="" best_m=""
  for _ in 1 2 3; do
    local rc=0
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >"$out/stdout.txt" 2>"$out/stderr.txt" || rc=$?
    case " $ok " in *" $rc "*) ;; *) echo "bench: exit $rc: $*" >&2; tail -5 "$out/stderr.txt" >&2; return 1;; esac
    read -r s u y m < <(tail -1 "$out/time.txt")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then
      best_s=$s; best_c=$(awk "BEGIN{printf \"%.2f\", $u + $y}"); best_m=$m
    fi
  done
  echo "$best_s $best_c $best_m"
}

row() {  # row LABEL N S_WALL S_CPU S_MEM P_WALL P_CPU P_MEM
  local ratio cpu_ratio
  ratio=$(awk "BEGIN{ if ($3 > 0) printf \"%.0fx\", $6 / $3; else print \"n/a\" }")
  cpu_ratio=$(awk "BEGIN{ if ($4 > 0) printf \"%.0fx\", $7 / $4; else print \"n/a\" }")
  printf "| %s | %s | %.2f s | %.2f s | %d MiB | %.2f s | %.2f s | %d MiB | %s | %s |\n" \
    "$1" "$2" "$3" "$4" $(($5 / 1024)) "$6" "$7" $(($8 / 1024)) "$ratio" "$cpu_ratio"
}

echo "| job | models | schemac wall | schemac CPU | schemac peak RSS | Prisma wall | Prisma CPU | Prisma peak RSS | speed-up (wall) | speed-up (CPU) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  a="$out/sqlite-$n.prisma"; b="$out/sqlite-$n-changed.prisma"; db="$out/sqlite-$n.db"
  build/bench/gen_schema "$n" sqlite >"$a"
  build/bench/gen_schema "$n" sqlite 7 >"$b"
  read -r st sc sm < <(best_of 0 build/schemac diff --from empty --to "$a")
  read -r pt pc pm < <(best_of 0 "$oracle/bin/prisma-diff" --from empty --to "$a" --raw)
  row "script from empty" "$n" "$st" "$sc" "$sm" "$pt" "$pc" "$pm"
  read -r st sc sm < <(best_of 0 build/schemac diff --from "$a" --to "$b")
  read -r pt pc pm < <(best_of 0 "$oracle/bin/prisma-diff" --from "$a" --to "$b" --raw)
  row "script between two schemas, 1% changed" "$n" "$st" "$sc" "$sm" "$pt" "$pc" "$pm"
  rm -f "$db"
  build/schemac diff --from empty --to "$a" | sqlite3 "$db"
  read -r st sc sm < <(best_of "0" build/schemac diff --from "sqlite:$db" --to "$a" --exit-code)
  read -r pt pc pm < <(best_of "0" "$oracle/bin/prisma-diff" --from "file:$db" --to "$a" --exit-code)
  row "read a live database, diff with its schema" "$n" "$st" "$sc" "$sm" "$pt" "$pc" "$pm"
done
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(date -u +%Y-%m-%d); load average $(cut -d" " -f1-3 /proc/loadavg) at the end; commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
