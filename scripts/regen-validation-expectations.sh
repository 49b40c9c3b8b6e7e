#!/usr/bin/env bash
# Regenerates tests/corpus/validation/expected/real_schemas.tsv: what Prisma's own validator
# (../shared/oracle/bin/prisma-validate, Prisma 6.19 or 7.10 as the file requires) says about
# every SQLite and PostgreSQL schema of the corpus (schemas/ and the final schema of each
# history). The test suite reads the committed file, so it never needs Node.js.
#
# Usage: scripts/regen-validation-expectations.sh [SHARED_DIR]   (default: ../shared)
# Columns: unit (path under corpus/, a file or a multi-file folder), provider, valid (yes|no),
# error_lines (file:line of each error, in Prisma's order, comma-separated; "-" when none).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$here/../shared}"
corpus="$shared/corpus"
oracle="$shared/oracle/bin/prisma-validate"
out="$here/tests/corpus/validation/expected/real_schemas.tsv"

units=()
# schemas/INDEX.tsv: project, path, provider.
while IFS=$'\t' read -r project path provider _; do
  [[ "$project" == project ]] && continue
  case "$provider" in postgres|postgresql|sqlite) units+=("schemas/${path%/}	$provider") ;; esac
done < "$corpus/schemas/INDEX.tsv"
# histories/INDEX.tsv: project, path, provider; the final schema is schema.prisma or schema/.
while IFS=$'\t' read -r project path provider _; do
  [[ "$project" == project ]] && continue
  case "$provider" in postgres|postgresql|sqlite) ;; *) continue ;; esac
  dir="histories/${path%/}"
  if [[ -f "$corpus/$dir/schema.prisma" ]]; then
    units+=("$dir/schema.prisma	$provider")
  else
    units+=("$dir/schema	$provider")
  fi
done < "$corpus/histories/INDEX.tsv"

tmp="$(mktemp)"
printf 'unit\tprovider\tvalid\terror_lines\n' > "$tmp"
for entry in "${units[@]}"; do
  unit="${entry%%	*}"
  provider="${entry##*	}"
  json="$("$oracle" "$corpus/$unit" || true)"
  row="$(UNIT="$unit" PROVIDER="$provider" node -e '
    const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const path = require("path");
    const errors = (r.diagnostics || []).filter(d => d.severity === "error")
      .map(d => path.basename(d.file) + ":" + d.line);
    console.log([process.env.UNIT, process.env.PROVIDER, r.valid ? "yes" : "no",
                 errors.length ? errors.join(",") : "-"].join("\t"));
  ' <<< "$json")"
  printf '%s\n' "$row" >> "$tmp"
  echo "$row" >&2
done
mv "$tmp" "$out"
echo "wrote $out (${#units[@]} units)" >&2
