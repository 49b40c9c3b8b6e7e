#!/usr/bin/env bash
# The main job on the bundled example project (examples/blog, SQLite, no server): installs what
# is missing, builds schemac, then
#   1. validates the schema,
#   2. prints the SQL that creates it from empty (what Prisma would write, plus a header),
#   3. writes the next migration after the one in examples/blog/migrations, and its reverse,
#      prints both, and rehearses them on a scratch SQLite database holding the sample rows.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh schemac

ex=examples/blog
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { echo; echo "\$ $*"; "$@"; }

run build/schemac validate $ex/schema.prisma
run build/schemac diff --from empty --to $ex/schema.prisma

# The next migration: from what the migrations folder builds to what the schema says now. The
# field rename is a hint (schemac never guesses renames); Profile.bio becomes required, so the
# profiles without a bio need a value.
run build/schemac diff --from migrations:$ex/migrations --to $ex/schema.prisma \
  --rename Comment.body=text --backfill "Profile.bio=''" \
  -o "$work/migration.sql" --down "$work/down.sql"
echo; echo "\$ cat migration.sql"; cat "$work/migration.sql"
echo; echo "\$ cat down.sql"; cat "$work/down.sql"

# Rehearsal on a scratch copy: the first migration, the sample rows, then up, check, down, check.
if command -v sqlite3 >/dev/null; then
  db="$work/rehearsal.db"
  sqlite3 "$db" < $ex/migrations/20260101000000_init/migration.sql
  sqlite3 "$db" < $ex/seed.sql
  run sqlite3 -bail "$db" ".read $work/migration.sql"
  run build/schemac diff --from "sqlite:$db" --to $ex/schema.prisma --summary --exit-code
  run sqlite3 -header -column "$db" 'SELECT "id", "text", "postId" FROM "Comment";'
  run sqlite3 -bail "$db" ".read $work/down.sql"
  run build/schemac diff --from "sqlite:$db" --to migrations:$ex/migrations --summary --exit-code
fi
