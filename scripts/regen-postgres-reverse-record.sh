#!/usr/bin/env bash
# Rewrites tests/corpus/postgres_parity/REVERSE.tsv: the reverse check of schemac's PostgreSQL
# from-empty scripts against Prisma's engine. For every postgresql unit of the from-empty parity
# set (tests/corpus/ir/expected/INDEX.tsv, provider postgresql, status ok: the units
# tests/unit/postgres_plan/parity_test.cpp compares), on a throwaway server:
#   1. a fresh database; the extensions the project's own migrations create in raw SQL without
#      declaring them in the schema (pg_trgm for *_trgm_ops indexes, citext for @db.Citext),
#      when the schema uses them;
#   2. `schemac diff --from empty --to SCHEMA`, applied with psql (ON_ERROR_STOP);
#   3. `prisma-diff --from postgresql://…/db --to SCHEMA --exit-code` (Prisma 7.10.1's engine,
#      ../shared/oracle): Prisma must find no difference.
# Each unit gets one line: unit, result, note. Results: `empty` (Prisma found no difference),
# `differs` (the note quotes Prisma's first statement), `apply-failed` (schemac's script did
# not run: the server's error), `schemac-error`, `oracle-error`. A non-empty result carries the
# cause, from the explanations below when one is known. Review the diff before committing; the
# record is what tests/corpus/postgres_parity/reverse_record_test.cpp checks is complete.
#
#   scripts/regen-postgres-reverse-record.sh        (SCHEMAC=path/to/schemac, default build/)
# Needs: a built schemac, psql and the PostgreSQL server binaries, the oracle installed
# (../shared/oracle/install.sh, Node.js). About 2 minutes.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "$repo/.." && pwd)/shared"
oracle="${SCHEMAC_ORACLE:-$shared/oracle}/bin/prisma-diff"
schemac="${SCHEMAC:-$repo/build/schemac}"
index="$repo/tests/corpus/ir/expected/INDEX.tsv"
record="$repo/tests/corpus/postgres_parity/REVERSE.tsv"
[[ -x "$oracle" ]] || { echo "regen: no oracle at $oracle (set SCHEMAC_ORACLE)" >&2; exit 1; }
[[ -x "$schemac" ]] || { echo "regen: no schemac at $schemac (set SCHEMAC)" >&2; exit 1; }

# Why a unit's result is not `empty`, when the cause is known (checked by hand; see REVERSE.tsv).
declare -A cause=(
  [schemas/formbricks]="the schema declares the pgvector extension (vector columns), which this server lacks"
  [histories/formbricks]="the same schema as schemas/formbricks: pgvector is not installed"
  [schemas/prisma-examples-postgis]="PostGIS geography columns: the postgis extension is not installed"
  [cases/postgres_relations]="declares the postgis extension (WITH VERSION \"3.3.2\"), not installed"
  [prisma-engines-validation/postgres_extensions/simple_single_extension]="declares the postgis extension, not installed"
  [prisma-engines-validation/postgres_extensions/single_extension_does_not_need_an_array]="declares the postgis extension, not installed"
  [schemas/trigger.dev]="Prisma's engine itself: an index with ops: raw(\"text_pattern_ops\") is always dropped and re-created; Prisma's own from-empty script (tests/corpus/ir/expected/schemas/trigger.dev.sql) applied the same way gives the same two statements, and schemac's CREATE INDEX is byte-identical to Prisma's"
  [histories/trigger.dev]="the same index as schemas/trigger.dev: Prisma never considers a raw() operator class equal to the database's, and its own script does not round-trip either"
  [cases/postgres_native_types]="Prisma's engine itself: it reads a bare CHAR back as @db.Char(1), not @db.Char, and does not match its own Float[] default ARRAY[1.5, -2]; Prisma's own from-empty script gives the same statement, and schemac's statements are identical to Prisma's"
  [prisma-engines-validation/postgres_extensions/extensions_with_arguments]="a validation fixture: uuid-ossp has no version 2.1 (PostgreSQL 15 ships 1.1) and its schema meow is never created; Prisma's own script fails the same way"
)

work="$(mktemp -d "${TMPDIR:-/tmp}/schemac-reverse.XXXXXX")"
cluster="$work/cluster"
cleanup() { "$repo/tests/postgres/pg-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$repo/tests/postgres/pg-cluster.sh" start "$cluster" >/dev/null
base="$(cat "$cluster/url")"
export PGOPTIONS="-c client_min_messages=warning"
server="${base%/*}"

one_line() { tr '\n\t' '  ' | sed 's/  */ /g; s/^ //; s/ $//' | cut -c1-300; }

tmp_record="$work/REVERSE.tsv"
{
  printf 'unit\tresult\tnote\n'
  echo "# The reverse check of schemac's PostgreSQL from-empty scripts (scripts/regen-postgres-reverse-record.sh):"
  echo "# each script applied to a fresh PostgreSQL $(psql -XAtq "$base" -c 'SHOW server_version' | cut -d' ' -f1) database, then Prisma 7.10.1's engine"
  echo "# diffs that database with the schema (prisma-diff --exit-code); \`empty\`: Prisma found no difference."
} >"$tmp_record"

n=0; empty=0
while IFS=$'\t' read -r unit kind root schema provider status; do
  [[ "$provider" == postgresql && "$status" == ok ]] || continue
  id="$kind/$unit"
  case "$root" in
    repo) path="$repo/$schema" ;;
    shared) path="$shared/$schema" ;;
    *) path="$schema" ;;
  esac
  n=$((n + 1))
  db="reverse_$n"
  url="$server/$db"
  psql -XAtq "$base" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  if grep -rqs 'trgm_ops' "$path"; then psql -XAtq "$url" -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm' >/dev/null; fi
  if grep -rqsi 'db\.citext' "$path"; then psql -XAtq "$url" -c 'CREATE EXTENSION IF NOT EXISTS citext' >/dev/null; fi
  result=""; note=""
  if ! "$schemac" diff --from empty --to "$path" -o "$work/up.sql" 2>"$work/err.txt"; then
    result=schemac-error; note="$(one_line <"$work/err.txt")"
  elif ! psql -Xq -v ON_ERROR_STOP=1 "$url" -f "$work/up.sql" >/dev/null 2>"$work/err.txt"; then
    result=apply-failed; note="$(grep -m1 'ERROR' "$work/err.txt" | sed 's/^psql:[^ ]*: //' | one_line)"
  else
    rc=0
    "$oracle" --from "$url" --to "$path" --exit-code --raw >"$work/prisma.sql" 2>"$work/err.txt" || rc=$?
    case "$rc" in
      0) result=empty; empty=$((empty + 1)) ;;
      2) result=differs
         note="Prisma would run: $(grep -v '^--' "$work/prisma.sql" | grep -v '^$' | head -3 | one_line)" ;;
      *) result=oracle-error; note="$(one_line <"$work/err.txt")" ;;
    esac
  fi
  if [[ "$result" != empty && -n "${cause[$id]:-}" ]]; then
    note="${cause[$id]}; ${note}"
  fi
  printf '%s\t%s\t%s\n' "$id" "$result" "$note" >>"$tmp_record"
  echo "regen: $id: $result${note:+ ($note)}" >&2
  psql -XAtq "$base" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
done < <(tail -n +2 "$index")
mv "$tmp_record" "$record"
echo "regen: $empty/$n units empty; wrote ${record#"$repo"/}" >&2
