#!/usr/bin/env bash
# Benchmarks schemac beside Prisma's own engine (the oracle in ../shared/oracle) on the same
# generated schemas, in one run, and prints a Markdown table for the README.
#   bench/run.sh [SIZES...]        default sizes: 1000 10000
# Needs: a built schemac (scripts/build.sh), GNU time, and the oracle installed
# (../shared/oracle/install.sh, Node.js). Each number is the best of 3 whole-command runs:
# wall-clock seconds and peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
oracle="${SCHEMAC_ORACLE:-$root/../shared/oracle}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
[ -x build/schemac ] && [ -x build/bench/gen_schema ] || { echo "bench: build first (scripts/build.sh)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 1; }

out="$root/bench/out"
mkdir -p "$out"

# best_of CMD...: prints "wall_seconds cpu_seconds peak_kib" of the fastest of three runs.
best_of() {
  local best_s="" best_c="" best_m=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || {
      # prisma-validate exits 1 for invalid schemas; the generated ones are valid.
      echo "bench: command failed: $*" >&2; cat "$out/stderr.txt" >&2; return 1; }
    read -r s u y m < <(tail -1 "$out/time.txt")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then
      best_s=$s; best_c=$(awk "BEGIN{printf \"%.2f\", $u + $y}"); best_m=$m
    fi
  done
  echo "$best_s $best_c $best_m"
}

echo "| models | lines | schemac wall | schemac CPU | schemac peak RSS | prisma-validate wall | Prisma CPU | Prisma peak RSS | speed-up (wall) | speed-up (CPU) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  f="$out/models-$n.prisma"
  build/bench/gen_schema "$n" postgresql >"$f"
  lines=$(wc -l <"$f")
  read -r s_time s_cpu s_mem < <(best_of build/schemac validate "$f")
  read -r p_time p_cpu p_mem < <(best_of "$oracle/bin/prisma-validate" "$f")
  ratio=$(awk "BEGIN{ if ($s_time > 0) printf \"%.0fx\", $p_time / $s_time; else print \"n/a\" }")
  cpu_ratio=$(awk "BEGIN{ if ($s_cpu > 0) printf \"%.0fx\", $p_cpu / $s_cpu; else print \"n/a\" }")
  printf "| %s | %s | %.2f s | %.2f s | %d MiB | %.2f s | %.2f s | %d MiB | %s | %s |\n" "$n" "$lines" \
    "$s_time" "$s_cpu" $((s_mem / 1024)) "$p_time" "$p_cpu" $((p_mem / 1024)) "$ratio" "$cpu_ratio"
done
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(date -u +%Y-%m-%d); load average $(cut -d" " -f1-3 /proc/loadavg) at the end; commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
