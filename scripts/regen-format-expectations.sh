#!/usr/bin/env bash
# Regenerates tests/corpus/format/expected/ from Prisma's own formatter (the oracle in
# ../shared/oracle), so that the format tests never need Node.js. Run it by hand after the corpus
# or the oracle changes, then review the diff: every changed expectation is a change in what
# `prisma format` prints.
#
# Cases: every sqlite/postgresql schema unit of the corpus (`postgres` is an alias of
# `postgresql`): schemas/<project>/ and the final schema of histories/<project>/, a single
# schema.prisma or a multi-file schema/ folder. The 18 prisma-engines-format cases carry their
# own expectations in the corpus and are not regenerated here.
#
# Usage: scripts/regen-format-expectations.sh [SHARED_DIR]   (default: ../shared beside the repo)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$(cd "$repo/../shared" && pwd)}
oracle=$shared/oracle/bin/prisma-format
corpus=$shared/corpus
out=$repo/tests/corpus/format/expected

[[ -x $oracle ]] || { echo "regen-format-expectations: no oracle at $oracle" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rm -rf "$out"
mkdir -p "$out"
index=$out/INDEX.tsv
printf 'path\tfiles\tprovider\tprisma\toracle_exit\n' >"$index"

# Formats one unit: $1 = path relative to the corpus (a .prisma file or a folder), $2 = provider.
# The oracle rewrites a scratch copy in place (--write), which gives each file's exact bytes even
# for multi-file schemas; its exit status says whether Prisma also judged the schema valid.
format_unit() {
  local rel=$1 provider=$2
  local scratch=$work/unit
  rm -rf "$scratch"
  mkdir -p "$scratch"
  cp -r "$corpus/$rel" "$scratch/"
  local name
  name=$(basename "$rel")
  local status=0 stderr
  stderr=$("$oracle" --write "$scratch/$name" 2>&1 >/dev/null) || status=$?
  local prisma
  prisma=$(sed -n 's/^prisma-format: Prisma \([0-9.]*\) formatter.*/\1/p' <<<"$stderr" | head -1)
  mkdir -p "$out/$(dirname "$rel")"
  cp -r "$scratch/$name" "$out/$(dirname "$rel")/"
  local files=1
  if [[ -d $corpus/$rel ]]; then
    files=$(find "$corpus/$rel" -name '*.prisma' | wc -l)
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$rel" "$files" "$provider" "${prisma:--}" \
    "$status" >>"$index"
}

# schemas/INDEX.tsv: project, path, provider, ...
while IFS=$'\t' read -r _project path provider _rest; do
  case $provider in
    sqlite) format_unit "schemas/${path%/}" sqlite ;;
    postgresql | postgres) format_unit "schemas/${path%/}" postgresql ;;
  esac
done < <(tail -n +2 "$corpus/schemas/INDEX.tsv")

# histories/INDEX.tsv: project, path, provider, lock_provider, ..., final_schema (column 9,
# "schema.prisma" or "schema/ (multi-file)": the path is its first word).
while IFS=$'\t' read -r -a row; do
  provider=${row[2]}
  row[8]=${row[8]%% *}
  case $provider in
    sqlite) format_unit "histories/${row[1]%/}/${row[8]%/}" sqlite ;;
    postgresql | postgres) format_unit "histories/${row[1]%/}/${row[8]%/}" postgresql ;;
  esac
done < <(tail -n +2 "$corpus/histories/INDEX.tsv")

echo "regen-format-expectations: $(($(wc -l <"$index") - 1)) units written to $out"
