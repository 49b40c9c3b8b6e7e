#!/usr/bin/env bash
# Regenerates tests/corpus/validation/expected/real_schemas.tsv: what Prisma's own validator
# (../shared/oracle/bin/prisma-validate, Prisma 6.19 or 7.10 as the file requires) says about
# every SQLite and PostgreSQL schema of the corpus (schemas/ and the final schema of each
# history). The test suite reads the committed file, so it never needs Node.js.
#
# Usage: scripts/regen-validation-expectations.sh [--cases] [SHARED_DIR]   (default: ../shared)
# Columns: unit (path under corpus/, a file or a multi-file folder), provider, valid (yes|no),
# error_lines (file:line of each error, in Prisma's order, comma-separated; "-" when none).
#
# With --cases, rewrites instead the expectation block of every
# tests/unit/validate/cases/*.prisma: the schema (the file without its trailing `// N:M:` lines)
# followed by one `// line:column: severity: message` line per diagnostic Prisma reports,
# sorted by position then text, newlines in messages written as \n. Review the diff.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cases=0
if [[ "${1:-}" == --cases ]]; then
  cases=1
  shift
fi
shared="${1:-$here/../shared}"
corpus="$shared/corpus"
oracle="$shared/oracle/bin/prisma-validate"
out="$here/tests/corpus/validation/expected/real_schemas.tsv"

if (( cases )); then
  for file in "$here"/tests/unit/validate/cases/*.prisma; do
    schema="$(mktemp --suffix=.prisma)"
    # Drop the old block: trailing expectation lines and the blank line before them.
    grep -v -E '^// [0-9]+:[0-9]+: ' "$file" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "$schema"
    block="$("$oracle" "$schema" 2>/dev/null | node -e '
      const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
      const ds = (r.diagnostics || []).map(d => [d.line, d.column, d.severity,
        d.text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")]);
      ds.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));
      for (const d of ds) console.log("// " + d[0] + ":" + d[1] + ": " + d[2] + ": " + d[3]);
    ' || true)"
    { cat "$schema"; if [[ -n "$block" ]]; then printf '\n%s\n' "$block"; fi; } > "$file"
    rm -f "$schema"
    echo "$(basename "$file"): $(printf '%s' "$block" | grep -c . || true) diagnostic(s)" >&2
  done
  exit 0
fi

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
