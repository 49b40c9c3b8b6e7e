#!/usr/bin/env bash
# Rewrites tests/corpus/postgres_parity/pairs/<name>/prisma.sql: the script Prisma 7.10.1's
# schema engine writes for `migrate diff --from from.prisma --to to.prisma` (the oracle in
# ../shared/oracle, offline). Review the diff before committing: these are the expectations
# tests/corpus/postgres_parity/parity_test.cpp compares schemac's plans with.
#
#   scripts/regen-postgres-pair-expectations.sh [NAME...]   (default: every pair)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
oracle="${SCHEMAC_ORACLE:-$repo/../shared/oracle}/bin/prisma-diff"
pairs="$repo/tests/corpus/postgres_parity/pairs"
[[ -x "$oracle" ]] || { echo "regen: no oracle at $oracle (set SCHEMAC_ORACLE)" >&2; exit 1; }
if [[ $# -gt 0 ]]; then names=("$@"); else mapfile -t names < <(ls "$pairs"); fi
for name in "${names[@]}"; do
  dir="$pairs/$name"
  [[ -f "$dir/from.prisma" && -f "$dir/to.prisma" ]] || { echo "regen: $dir lacks from/to.prisma" >&2; exit 1; }
  "$oracle" --from "$dir/from.prisma" --to "$dir/to.prisma" --raw -o "$dir/prisma.sql.tmp"
  mv "$dir/prisma.sql.tmp" "$dir/prisma.sql"
  echo "regen: $name ($(grep -vc '^\(--.*\)\?$' "$dir/prisma.sql") statement lines)"
done
