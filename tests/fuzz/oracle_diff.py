#!/usr/bin/env python3
# Differential test of the parser against Prisma 7: random mutants of Prisma's fixtures are
# parsed by schemac (parse_dump) and by Prisma (../shared/oracle/bin/prisma-validate); their
# parser-level diagnostics (message, byte offset) must agree. ASCII only, so that Prisma's
# offsets (UTF-16 units in the oracle's JSON) are byte offsets.
#   tests/fuzz/oracle_diff.py DUMP_BINARY [SEED] [COUNT]
import json, os, random, subprocess, sys, re, glob, tempfile
DUMP = sys.argv[1]
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
N = int(sys.argv[3]) if len(sys.argv) > 3 else 100
HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, '../../../shared'))
OUT = tempfile.mkdtemp(prefix='oracle_diff_')
PARSER = ["This line is invalid. It does not start","This block is invalid.","Invalid type definition.",
 "This line is not a valid field or attribute definition.","This line is not an enum value definition.",
 "This line is not a valid definition within a","This field declaration is invalid.","Field declarations don't require",
 "Fields are required by default","To specify a list, please use","Optional lists are not supported.",
 "Unknown escape sequence.","Invalid unicode escape sequence.","A composite type cannot",
 "should be defined in the model containing","The name of a composite type is not persisted","attribute for a field in a composite type"]
def isp(m): return any(p in m for p in PARSER)
seeds = sorted(glob.glob(SHARED + '/corpus/prisma-engines-validation/**/*.prisma', recursive=True))
seeds += sorted(glob.glob(SHARED + '/corpus/prisma-engines-schemas/**/*.prisma', recursive=True))
toks = ["model ", "enum ", "type ", "view ", "{", "}", "\n", "@", "@@", "(", ")", "[", "]", "?", "!", ":", "//", "///", "/*", "*/", '"', "\\", "\\u", ",", "=", " ", "\t", "\r\n", "\r", "_", "-", ".", "1", "-1.5", "Unsupported(\"", "x"]
paths = []
for i in range(N):
    s = open(random.choice(seeds), encoding='utf-8').read()
    # drop the expectation block and url lines (force Prisma 7 rules)
    lines = [l for l in s.split('\n') if not l.startswith('//') and not re.match(r'\s*(url|directUrl|shadowDatabaseUrl)\s*=', l)]
    s = '\n'.join(lines)
    for _ in range(random.randint(1, 3)):
        if not s: break
        at = random.randrange(len(s))
        op = random.random()
        if op < 0.4: s = s[:at] + random.choice(toks) + s[at:]
        elif op < 0.8: s = s[:at] + s[at+random.randint(1,3):]
        else:
            ls = s.split('\n'); j = random.randrange(len(ls)); ls.insert(j, ls[j]); s = '\n'.join(ls)
    s = s.encode('ascii','replace').decode()
    p = f'{OUT}/c{i}.prisma'
    open(p, 'w', encoding='utf-8').write(s)
    paths.append(p)
mine = {}
out = subprocess.run([DUMP] + paths, capture_output=True, text=True).stdout
for l in out.splitlines():
    f, offset, msg = l.split('\t', 2)
    mine.setdefault(f, set()).add((int(offset), 0, msg))
bad = 0
for p in paths:
    r = subprocess.run([SHARED + '/oracle/bin/prisma-validate', '--prisma', '7', p], capture_output=True, text=True)
    try: d = json.loads(r.stdout)
    except Exception: print("ORACLE FAIL", p, r.stderr[:200]); continue
    # oracle columns: use line + column from its json; but its startByte may be UTF-16; use line/column
    theirs = set((x['startByte'], 0, x['text']) for x in d['diagnostics'] if isp(x['text']))
    m = set(x for x in mine.get(p, set()) if isp(x[2]))
    if theirs != m:
        bad += 1
        print("DIFF", p); print("  prisma:", sorted(theirs - m)[:4]); print("  mine:  ", sorted(m - theirs)[:4])
print("files", len(paths), "diffs", bad)
