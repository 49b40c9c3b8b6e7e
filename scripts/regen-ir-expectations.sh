#!/usr/bin/env bash
# Regenerates tests/corpus/ir/expected/: for every SQLite/PostgreSQL schema unit of the shared
# corpus (and the hand-written cases of tests/corpus/ir/cases/), the exact SQL Prisma's engine
# creates from an empty database (`prisma-diff --from empty --to SCHEMA --raw`, ../shared/oracle).
# Run by hand when the corpus, the cases or the oracle change; the test suite reads only the
# committed files, so it never needs Node.js.
#
#   scripts/regen-ir-expectations.sh [SHARED_DIR]     (default: ../shared beside the repository)
#
# Writes expected/<kind>/<unit>.sql and expected/INDEX.tsv (unit, kind, root, schema path
# relative to the root, provider, status); root is `shared` (SHARED_DIR) or `repo` (this
# repository). A unit the oracle rejects is listed with status `oracle-error` and Prisma's
# message in expected/<kind>/<unit>.error, so the test can count it instead of silently
# skipping it.
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir=$(pwd)
shared=$(cd "${1:-$root_dir/../shared}" && pwd)
oracle="$shared/oracle/bin/prisma-diff"
out="$root_dir/tests/corpus/ir/expected"
[ -x "$oracle" ] || { echo "regen-ir-expectations: no oracle at $oracle" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
index="$out/INDEX.tsv"
printf 'unit\tkind\troot\tschema\tprovider\tstatus\n' >"$index"

# normalise_provider PROVIDER: Prisma accepts "postgres" as an alias of "postgresql".
normalise_provider() {
  case "$1" in
    postgres | postgresql) echo postgresql ;;
    *) echo "$1" ;;
  esac
}

# run_unit KIND UNIT SCHEMA_PATH PROVIDER [ROOT]
run_unit() {
  local kind=$1 unit=$2 schema=$3 provider=$4 root=${5:-shared}
  local dest="$out/$kind/$unit"
  local base=$shared
  if [ "$root" = repo ]; then base=$root_dir; fi
  mkdir -p "$(dirname "$dest")"
  local status=ok
  if ! "$oracle" --from empty --to "$base/$schema" --raw -o "$dest.sql" 2>"$dest.error"; then
    status=oracle-error
    rm -f "$dest.sql"
  else
    rm -f "$dest.error"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$unit" "$kind" "$root" "$schema" "$provider" "$status" >>"$index"
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

# Prisma's query-engine test schemas and the validation fixtures Prisma accepts (valid or with
# warnings only): more native types, indexes, extensions, multiSchema and views.
tail -n +2 "$shared/corpus/prisma-engines-schemas/INDEX.tsv" | while IFS=$'\t' read -r path _ provider result _; do
  case "$provider" in sqlite | postgresql) ;; *) continue ;; esac
  [ "$result" = errors ] && continue
  run_unit prisma-engines-schemas "${path%.prisma}" "corpus/prisma-engines-schemas/$path" "$provider"
done
tail -n +2 "$shared/corpus/prisma-engines-validation/INDEX.tsv" | while IFS=$'\t' read -r path _ provider expect _; do
  case "$provider" in sqlite | postgresql) ;; *) continue ;; esac
  [ "$expect" = errors ] && continue
  run_unit prisma-engines-validation "${path%.prisma}" "corpus/prisma-engines-validation/$path" "$provider"
done

# Hand-written cases for what the corpus lacks (long and non-ASCII names, every default kind,
# native types, index types and operator classes, extensions, relationMode, unused namespaces).
for f in "$root_dir"/tests/corpus/ir/cases/*.prisma; do
  name=$(basename "$f" .prisma)
  provider=$(sed -n 's/^ *provider *= *"\(postgresql\|sqlite\)".*/\1/p' "$f" | head -1)
  run_unit cases "$name" "tests/corpus/ir/cases/$name.prisma" "$provider" repo
done

echo "regen-ir-expectations: $(($(wc -l <"$index") - 1)) units in $index" >&2
