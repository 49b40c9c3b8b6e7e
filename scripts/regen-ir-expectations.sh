#!/usr/bin/env bash
# Regenerates tests/corpus/ir/expected/: for every SQLite/PostgreSQL schema unit of the shared
# corpus, the exact SQL Prisma's engine creates from an empty database (`prisma-diff --from empty
# --to SCHEMA --raw`, ../shared/oracle). Run once by hand when the corpus or the oracle changes;
# the test suite reads only the committed files, so it never needs Node.js.
#
#   scripts/regen-ir-expectations.sh [SHARED_DIR]     (default: ../shared beside the repository)
#
# Writes expected/<kind>/<unit>.sql and expected/INDEX.tsv (unit, kind, schema path relative to
# SHARED_DIR, provider, status). A unit the oracle rejects is listed with status `oracle-error`
# and its message in expected/<kind>/<unit>.error, so the test can report it instead of
# silently skipping it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=$(cd "${1:-$root/../shared}" && pwd)
oracle="$shared/oracle/bin/prisma-diff"
out="$root/tests/corpus/ir/expected"
[ -x "$oracle" ] || { echo "regen-ir-expectations: no oracle at $oracle" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
index="$out/INDEX.tsv"
printf 'unit\tkind\tschema\tprovider\tstatus\n' >"$index"

# normalise_provider PROVIDER: Prisma accepts "postgres" as an alias of "postgresql".
normalise_provider() {
  case "$1" in
    postgres | postgresql) echo postgresql ;;
    *) echo "$1" ;;
  esac
}

# run_unit KIND UNIT SCHEMA_PATH PROVIDER
run_unit() {
  local kind=$1 unit=$2 schema=$3 provider=$4
  local dest="$out/$kind/$unit"
  mkdir -p "$(dirname "$dest")"
  local status=ok
  if ! "$oracle" --from empty --to "$shared/$schema" --raw -o "$dest.sql" 2>"$dest.error"; then
    status=oracle-error
    rm -f "$dest.sql"
  else
    rm -f "$dest.error"
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$unit" "$kind" "$schema" "$provider" "$status" >>"$index"
  echo "$kind/$unit: $status" >&2
}

# Real-world schemas: schemas/INDEX.tsv columns project, path, provider.
tail -n +2 "$shared/corpus/schemas/INDEX.tsv" | while IFS=$'\t' read -r project path provider _; do
  provider=$(normalise_provider "$provider")
  case "$provider" in sqlite | postgresql) ;; *) continue ;; esac
  path=${path%/}
  run_unit schemas "$project" "corpus/schemas/$path" "$provider"
done

# Histories: the final schema (a file, or a folder for multi-file schemas).
tail -n +2 "$shared/corpus/histories/INDEX.tsv" | while IFS=$'\t' read -r project path provider _ _ _ _ _ final _; do
  provider=$(normalise_provider "$provider")
  case "$provider" in sqlite | postgresql) ;; *) continue ;; esac
  final=${final%% *}
  final=${final%/}
  run_unit histories "$project" "corpus/histories/${path%/}/$final" "$provider"
done

# Prisma's single-migration tests: the schema is the file itself (the inline expectation is a
# comment block); the oracle's output is stored like the others and the test compares the two.
tail -n +2 "$shared/corpus/prisma-engines-migrations/INDEX.tsv" | while IFS=$'\t' read -r path provider _; do
  case "$provider" in sqlite | postgresql) ;; *) continue ;; esac
  unit=${path#single_migration_tests/}
  unit=${unit%.prisma}
  run_unit prisma-engines-migrations "$unit" "corpus/prisma-engines-migrations/$path" "$provider"
done

echo "regen-ir-expectations: $(($(wc -l <"$index") - 1)) units in $index" >&2
