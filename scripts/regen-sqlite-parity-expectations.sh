#!/usr/bin/env bash
# Regenerates Prisma's from-empty SQL for the SQLite variants (tests/corpus/sqlite_parity/
# expected/<id>.sql, `prisma-diff --from empty --to V --raw`), then checks both directions for
# every variant and every SQLite unit of tests/corpus/ir/expected/INDEX.tsv, and records them in
# tests/corpus/sqlite_parity/RECORD.tsv:
#   parity                  schemac's statements from empty equal Prisma's (comments, blank
#                           lines and schemac's BEGIN/COMMIT left out): yes, or json-quoted
#                           when they are equal once Prisma's bare SQLite JSON defaults (a
#                           syntax error in SQLite) are quoted as schemac quotes them
#   prisma_to_schemac_empty Prisma's SQL applied to a fresh SQLite file, then
#                           `schemac diff --from sqlite:DB --to V --exit-code` exits 0
#                           (yes-json-quoted: Prisma's SQL only applied with its JSON defaults
#                           quoted)
#                           (n/a while the CLI cannot do it)
#   schemac_to_prisma_empty schemac's script applied to a fresh SQLite file, then
#                           `prisma-diff --from sqlite:DB --to V --exit-code` exits 0
# schemac's script comes from `schemac diff --from empty --to V` when the CLI prints one, else
# from the planner through the test binary (SCHEMAC_SQLITE_PARITY_DUMP). Needs the oracle
# (../shared/oracle), the sqlite3 shell and a build (SCHEMAC_BUILD, default build/): the CLI
# (SCHEMAC_CLI, default $SCHEMAC_BUILD/schemac) and/or test_sqlite_plan (SCHEMAC_PLAN_TEST).
# Run scripts/make-sqlite-variants.sh first when the corpus changes.
#
# usage: scripts/regen-sqlite-parity-expectations.sh [--no-expected]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SCHEMAC_SHARED_DIR:-$(cd "$repo/../shared" && pwd)}"
build="${SCHEMAC_BUILD:-$repo/build}"
oracle="$shared/oracle/bin"
dir="$repo/tests/corpus/sqlite_parity"
schemac="${SCHEMAC_CLI:-$build/schemac}"
test_bin="${SCHEMAC_PLAN_TEST:-$build/tests/test_sqlite_plan}"
write_expected=1
[[ "${1:-}" == "--no-expected" ]] && write_expected=0

command -v sqlite3 >/dev/null || { echo "regen-sqlite-parity: sqlite3 shell not found" >&2; exit 1; }
[[ -x "$test_bin" || -x "$schemac" ]] || {
  echo "regen-sqlite-parity: build $schemac or $test_bin first" >&2
  exit 1
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Units: "<source>\t<id>\t<schema>\t<prisma sql>".
units="$work/units.tsv"
: >"$units"
while IFS=$'\t' read -r unit kind root schema provider status; do
  [[ "$provider" == sqlite && "$status" == ok ]] || continue
  case "$root" in
    repo) path="$repo/$schema" ;;
    shared) path="$shared/$schema" ;;
    *) path="$schema" ;;
  esac
  printf 'corpus\t%s\t%s\t%s\n' "$kind/$unit" "$path" \
    "$repo/tests/corpus/ir/expected/$kind/$unit.sql" >>"$units"
done < <(tail -n +2 "$repo/tests/corpus/ir/expected/INDEX.tsv")
while IFS= read -r variant; do
  id="${variant#"$dir/variants/"}"
  id="${id%.prisma}"
  printf 'variant\t%s\t%s\t%s\n' "$id" "$variant" "$dir/expected/$id.sql" >>"$units"
done < <(find "$dir/variants" -name '*.prisma' | LC_ALL=C sort)

# Prisma's SQL for the variants.
if ((write_expected)); then
  while IFS=$'\t' read -r source id schema expected; do
    [[ "$source" == variant ]] || continue
    mkdir -p "$(dirname "$expected")"
    "$oracle/prisma-diff" --from empty --to "$schema" --raw -o "$expected"
  done <"$units"
fi

# schemac's scripts from the planner (the test binary writes corpus/<id>.sql, variants/<id>.sql).
if [[ -x "$test_bin" ]]; then
  SCHEMAC_SQLITE_PARITY_DUMP="$work/dump" "$test_bin" -tc='sqlite parity*' >/dev/null || true
fi

# The CLI, when it can print a script from empty.
cli=0
probe="$(awk -F'\t' '$1=="corpus"{print $3; exit}' "$units")"
if [[ -x "$schemac" ]] && "$schemac" diff --from empty --to "$probe" >/dev/null 2>&1; then
  cli=1
fi

statements() {  # a script's lines without comments, blank lines and transaction framing
  grep -v -e '^--' -e '^[[:space:]]*$' -e '^BEGIN;$' -e '^COMMIT;$' "$1" || true
}
# Prisma 7 prints SQLite JSON defaults bare (`DEFAULT {}`), a syntax error in SQLite; schemac
# quotes them (`DEFAULT '{}'`). This writes Prisma's script with them quoted as schemac does.
quote_json_defaults() {
  sed -E "/ DEFAULT [[{]/{s/'/''/g; s/( DEFAULT )([[{].*[]}])(,?)$/\1'\2'\3/}" "$1"
}

record="$work/RECORD.tsv"
printf 'unit\tsource\tparity\tprisma_to_schemac_empty\tschemac_to_prisma_empty\n' >"$record"
while IFS=$'\t' read -r source id schema expected; do
  ours="$work/ours.sql"
  if ((cli)); then
    "$schemac" diff --from empty --to "$schema" >"$ours" 2>/dev/null || : >"$ours"
  else
    dumped="$work/dump/$([[ $source == corpus ]] && echo corpus || echo variants)/$id.sql"
    if [[ -f "$dumped" ]]; then cp "$dumped" "$ours"; else : >"$ours"; fi
  fi

  quote_json_defaults "$expected" >"$work/prisma-quoted.sql"
  parity=no
  if [[ -s "$ours" ]] && diff -q <(statements "$ours") <(statements "$expected") >/dev/null; then
    parity=yes
  elif [[ -s "$ours" ]] &&
    diff -q <(statements "$ours") <(statements "$work/prisma-quoted.sql") >/dev/null; then
    parity=json-quoted  # equal but for the JSON defaults Prisma leaves bare
  fi

  prisma_db="$work/prisma.db"
  rm -f "$prisma_db"
  sqlite3 "$prisma_db" 'VACUUM;'  # the file exists even when the script has no statement
  # Prisma's script as Prisma wrote it; where its bare JSON defaults make SQLite reject it, the
  # same script with them quoted (the record says so).
  p2s=n/a
  prisma_sql="$expected"
  applied=0
  if sqlite3 -bail "$prisma_db" <"$expected" >/dev/null 2>&1; then
    applied=1
  else
    rm -f "$prisma_db"
    sqlite3 "$prisma_db" 'VACUUM;'
    prisma_sql="$work/prisma-quoted.sql"
    sqlite3 -bail "$prisma_db" <"$prisma_sql" >/dev/null 2>&1 && applied=1
  fi
  if ((applied)); then
    if ((cli)); then
      p2s=no
      "$schemac" diff --from "sqlite:$prisma_db" --to "$schema" --exit-code >/dev/null 2>&1 && p2s=yes
      [[ "$prisma_sql" == "$expected" || "$p2s" != yes ]] || p2s=yes-json-quoted
    fi
  else
    p2s=apply-failed
  fi

  ours_db="$work/ours.db"
  rm -f "$ours_db"
  sqlite3 "$ours_db" 'VACUUM;'
  s2p=apply-failed
  if [[ -s "$ours" ]] && sqlite3 -bail "$ours_db" <"$ours" >/dev/null 2>&1; then
    s2p=no
    "$oracle/prisma-diff" --from "sqlite:$ours_db" --to "$schema" --exit-code >/dev/null 2>&1 &&
      s2p=yes
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$source" "$parity" "$p2s" "$s2p" >>"$record"
  printf '%-80s parity=%-3s prisma->schemac=%-12s schemac->prisma=%s\n' "$source/$id" "$parity" \
    "$p2s" "$s2p" >&2
done <"$units"

cp "$record" "$dir/RECORD.tsv"
awk -F'\t' 'NR > 1 { n[$2]++; if ($3 ~ /^(yes|json-quoted)$/) p[$2]++; if ($4 ~ /^yes/) a[$2]++; if ($5 == "yes") b[$2]++ }
  END { for (s in n) printf "%s: parity %d/%d, prisma->schemac empty %d/%d, schemac->prisma empty %d/%d\n",
        s, p[s], n[s], a[s], n[s], b[s], n[s] }' "$record" | sort >&2
