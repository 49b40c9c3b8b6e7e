#!/usr/bin/env bash
# Rewrites tests/cases/<name>/prisma.{from,to}.{sqlite,postgres}.sql: the SQL Prisma's own engine
# (the offline oracle in ../shared/oracle, Prisma 7.10.1) writes for `migrate diff --from-empty
# --to from.prisma` (and to.prisma), for SQLite as the cases are written and for PostgreSQL with
# the datasource's provider swapped (the oracle's `--provider postgresql`, the same one-line
# rewrite test_postgres_cases makes). test_cases (SQLite) and test_postgres_cases (PostgreSQL)
# also run every case on a database created by the `from` script, so that schemac's up and down
# scripts are tested on databases Prisma made, not only on its own; and require a database
# created by the `to` script to introspect as schemac lowers to.prisma, so the target the scripts
# reach is the one Prisma would reach. These files come from Prisma, not from schemac: they are
# not goldens, and tests/update-goldens does not touch them. The test suite never runs Node.js:
# run this by hand after adding or changing a case, and commit its output.
#   tests/cases/regen-prisma-from.sh [CASE...]     (default: every case)
set -euo pipefail
cd "$(dirname "$0")"
oracle="../../../shared/oracle/bin/prisma-diff"
if [ "$#" -gt 0 ]; then names=("$@"); else names=(); for dir in */; do names+=("${dir%/}"); done; fi
for name in "${names[@]}"; do
  [ -f "$name/from.prisma" ] || continue
  for side in from to; do
    "$oracle" --from empty --to "$name/$side.prisma" --raw >"$name/prisma.$side.sqlite.sql"
    "$oracle" --from empty --to "$name/$side.prisma" --raw --provider postgresql \
      >"$name/prisma.$side.postgres.sql"
  done
done
git status --short -- .
