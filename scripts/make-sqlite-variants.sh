#!/usr/bin/env bash
# Writes the SQLite variant of every PostgreSQL unit of the corpus that Prisma accepts
# (tests/corpus/ir/expected/INDEX.tsv, status ok) to tests/corpus/sqlite_parity/variants/
# <kind>/<unit>.prisma, and lists what was done in tests/corpus/sqlite_parity/VARIANTS.tsv.
#
# A variant is the schema (a multi-file schema concatenated into one file) with:
#   - the datasource provider swapped to "sqlite"; its url, directUrl, shadowDatabaseUrl,
#     extensions and schemas properties removed (a Prisma 7 file, as the oracle's engine reads);
#   - the "metrics" preview feature removed (Prisma 7 does not know it), and the preview
#     features Prisma does not know for SQLite (fullTextSearchPostgres);
#   - primary key names (`map:` of @id / @@id) removed: SQLite primary keys have none;
#   - @db.* attributes, @@schema, @@fulltext removed; index `type:`, `ops:`, `length:` and
#     `clustered:` arguments removed, and an index that then repeats another is left out;
#   - scalar lists (`Type[]` of a scalar or an enum), Unsupported(...) fields removed;
#   - dbgenerated() defaults removed: PostgreSQL expressions (`gen_random_uuid()`) are not
#     SQLite, and SQLite reads an unparenthesised call in DEFAULT as a syntax error;
#   - autoincrement() removed from fields that are not the id (SQLite has no sequences).
# Then Prisma's own validator (../shared/oracle/bin/prisma-validate) judges the file; while it
# reports errors, each line an error points at inside a model, view or enum is deleted (a field
# whose index, relation or default cannot exist on SQLite) and the file is judged again. A unit
# still invalid after that, or whose error points elsewhere, is skipped and listed with Prisma's
# message. Needs python3 and the oracle; the test suite needs neither.
#
# usage: scripts/make-sqlite-variants.sh [UNIT_FILTER_REGEX]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SCHEMAC_SHARED_DIR:-$(cd "$repo/../shared" && pwd)}"
out="$repo/tests/corpus/sqlite_parity"
filter="${1:-.}"

exec python3 - "$repo" "$shared" "$out" "$filter" <<'PY'
import json, os, re, subprocess, sys

repo, shared, out, unit_filter = sys.argv[1:5]
validate = os.path.join(shared, "oracle/bin/prisma-validate")
SCALARS = {"String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"}
BLOCK_RE = re.compile(r"^\s*(datasource|generator|model|view|enum|type)\s+(\w+)\s*\{")


def schema_text(path):
    if os.path.isdir(path):
        parts = []
        for root, _, files in sorted(os.walk(path)):
            for name in sorted(files):
                if name.endswith(".prisma"):
                    with open(os.path.join(root, name), encoding="utf-8") as f:
                        parts.append("// from %s\n%s" % (os.path.relpath(os.path.join(root, name), path), f.read()))
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def remove_call(text, start):
    """Removes `@name(...)` (balanced, strings respected) starting at `start`."""
    i = text.find("(", start)
    if i < 0:
        return text
    depth, j, in_str = 0, i, False
    while j < len(text):
        c = text[j]
        if in_str:
            if c == "\\":
                j += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return text[:start].rstrip(" ") + text[j + 1:]
        j += 1
    return text


def remove_attribute(line, pattern):
    while True:
        m = re.search(pattern, line)
        if not m:
            return line
        if line[m.end():m.end() + 1] == "(":
            line = remove_call(line, m.start())
        else:
            line = line[:m.start()].rstrip(" ") + line[m.end():]


def strip_index_args(line):
    # `(ops: X)` / `(ops: raw("…"))` / `(length: 10)` after an index field name
    line = re.sub(r'\((?:\s*(?:ops|length)\s*:\s*(?:raw\("[^"]*"\)|\w+)\s*,?)+\)', "", line)
    line = re.sub(r',\s*(?:ops|length)\s*:\s*(?:raw\("[^"]*"\)|\w+)', "", line)
    line = re.sub(r'(?:ops|length)\s*:\s*(?:raw\("[^"]*"\)|\w+)\s*,\s*', "", line)
    line = re.sub(r',\s*(?:type|clustered)\s*:\s*\w+', "", line)
    return line


def strip_primary_key_name(line):
    # SQLite primary keys have no name: Prisma rejects `map:` on @id / @@id there.
    line = re.sub(r',\s*map\s*:\s*"[^"]*"', "", line)
    return re.sub(r'(@@?id\()\s*map\s*:\s*"[^"]*"\s*\)', r"\1)", line)


def transform(text):
    enums = set(re.findall(r"^\s*enum\s+(\w+)\s*\{", text, re.M))
    lines = text.split("\n")
    result, block, skipping_array, seen_indexes = [], None, False, set()
    for line in lines:
        stripped = line.strip()
        m = BLOCK_RE.match(line)
        if m:
            block = m.group(1)
            seen_indexes = set()
            result.append(line)
            continue
        if stripped.startswith("}"):
            block = None
            result.append(line)
            continue
        if skipping_array:
            if "]" in line:
                skipping_array = False
            continue
        if block == "datasource":
            key = stripped.split("=")[0].strip() if "=" in stripped else ""
            if key == "provider":
                line = re.sub(r'"[^"]*"', '"sqlite"', line, count=1)
            elif key in ("url", "directUrl", "shadowDatabaseUrl", "extensions", "schemas"):
                if "[" in line and "]" not in line:
                    skipping_array = True
                continue
            result.append(line)
            continue
        if block == "generator":
            if stripped.startswith("previewFeatures"):
                line = re.sub(r'"metrics"\s*,?\s*', "", line)
                line = re.sub(r",\s*\]", "]", line)
            result.append(line)
            continue
        if block in ("model", "view"):
            if stripped.startswith("@@schema") or stripped.startswith("@@fulltext"):
                continue
            if stripped.startswith("@@id"):
                line = strip_primary_key_name(line)
            if stripped.startswith("@@index") or stripped.startswith("@@unique") or stripped.startswith("@@id"):
                line = strip_index_args(line)
                # Two PostgreSQL indexes that differ only in `type:` or `ops:` are one index here.
                if line.strip() in seen_indexes:
                    continue
                seen_indexes.add(line.strip())
                result.append(line)
                continue
            fm = re.match(r"^\s*(\w+)\s+(\w+)(\[\])?(\?)?", line)
            if fm and not stripped.startswith("//") and not stripped.startswith("@@"):
                ftype, is_list = fm.group(2), fm.group(3)
                if ftype == "Unsupported":
                    continue
                if is_list and (ftype in SCALARS or ftype in enums):
                    continue
                line = remove_attribute(line, r"@db\.\w+")
                i = line.find("@default(dbgenerated")
                if i >= 0:
                    line = remove_call(line, i)
                if "autoincrement()" in line and "@id" not in line:
                    i = line.find("@default(autoincrement")
                    if i >= 0:
                        line = remove_call(line, i)
                if "@unique(" in line or "@id(" in line:
                    line = strip_index_args(line)
                if "@id(" in line:
                    line = strip_primary_key_name(line)
            result.append(line)
            continue
        result.append(line)
    return "\n".join(result)


def judge(path):
    p = subprocess.run([validate, path], capture_output=True, text=True)
    try:
        return json.loads(p.stdout)
    except json.JSONDecodeError:
        return {"valid": False, "message": (p.stderr or p.stdout).strip(), "diagnostics": []}


def block_of_line(lines, n):
    """The block kind line n (1-based) is inside, and whether it is the block's header."""
    for i in range(n - 1, -1, -1):
        m = BLOCK_RE.match(lines[i])
        if m:
            return m.group(1), i == n - 1
        if lines[i].strip().startswith("}") and i != n - 1:
            return None, False
    return None, False


def error_lines(verdict):
    """The lines Prisma's errors point at. Taken from Prisma's own message (`-->  file:LINE`):
    the oracle's diagnostics compute lines from the engine's spans, which drift by a line after
    non-ASCII text (langfuse's emoji)."""
    lines = {int(n) for n in re.findall(r"^\s*-->\s+.*:(\d+)\s*$", verdict.get("message", ""), re.M)}
    if not lines:
        lines = {d["line"] for d in verdict.get("diagnostics", []) if d.get("severity") == "error"}
    return lines


def main():
    index = os.path.join(repo, "tests/corpus/ir/expected/INDEX.tsv")
    rows = [l.rstrip("\n").split("\t") for l in open(index, encoding="utf-8")][1:]
    record = ["unit\tstatus\tremoved_lines\tnote"]
    os.makedirs(os.path.join(out, "variants"), exist_ok=True)
    for unit, kind, root, schema, provider, status in rows:
        ident = kind + "/" + unit
        if provider != "postgresql" or status != "ok" or not re.search(unit_filter, ident):
            continue
        base = {"repo": repo, "shared": shared, "absolute": ""}[root]
        source = os.path.join(base, schema) if base else schema
        text = transform(schema_text(source))
        path = os.path.join(out, "variants", ident + ".prisma")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        removed, note = 0, ""
        for _ in range(200):
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            verdict = judge(path)
            if verdict.get("valid"):
                break
            lines = text.split("\n")
            unknown = re.findall(r'The preview feature "(\w+)" is not known', verdict.get("message", ""))
            if unknown:  # PostgreSQL-only preview features (fullTextSearchPostgres)
                for feature in unknown:
                    text = re.sub(r'"%s"\s*,?\s*' % feature, "", text)
                text = re.sub(r",\s*\]", "]", text)
                removed += 1
                continue
            bad = sorted(error_lines(verdict), reverse=True)
            fixable = [n for n in bad if 1 <= n <= len(lines)
                       and block_of_line(lines, n)[0] in ("model", "view", "enum")
                       and not block_of_line(lines, n)[1]]
            if not fixable:
                note = (verdict.get("message") or "invalid").replace(repo + "/", "")
                note = re.sub(r"\s+", " ", note)[:300]
                break
            for n in fixable:
                del lines[n - 1]
                removed += 1
            text = "\n".join(lines)
        if note:
            os.remove(path)
            record.append("%s\tskipped\t%d\t%s" % (ident, removed, note))
            print("skipped %s: %s" % (ident, note[:120]), file=sys.stderr)
        else:
            record.append("%s\tok\t%d\t" % (ident, removed))
            print("ok      %s (%d lines removed after validation)" % (ident, removed), file=sys.stderr)
    if unit_filter == ".":
        with open(os.path.join(out, "VARIANTS.tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(record) + "\n")


main()
PY
