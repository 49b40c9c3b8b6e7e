#!/usr/bin/env bash
# Rewrites tests/cases/<name>/prisma.from.sqlite.sql and prisma.to.sqlite.sql: the SQL Prisma's
# own engine (the offline oracle in ../shared/oracle, Prisma 7.10.1) writes for `migrate diff
# --from-empty --to from.prisma` (and to.prisma). test_cases also runs every case on a database
# created by the first, so that schemac's up and down scripts are tested on databases Prisma
# made, not only on its own; and requires a database created by the second to introspect as
# schemac lowers to.prisma, so the target the scripts reach is the one Prisma would reach.
# These files come from Prisma, not from schemac: they are not goldens, and
# tests/update-goldens does not touch them.
set -euo pipefail
cd "$(dirname "$0")"
oracle="../../../shared/oracle/bin/prisma-diff"
for dir in */; do
  name="${dir%/}"
  [ -f "$name/from.prisma" ] || continue
  "$oracle" --from empty --to "$name/from.prisma" --raw >"$name/prisma.from.sqlite.sql"
  "$oracle" --from empty --to "$name/to.prisma" --raw >"$name/prisma.to.sqlite.sql"
done
git status --short -- .
