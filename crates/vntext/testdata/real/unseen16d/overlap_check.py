#!/usr/bin/env python3
"""unseen16d: checks that no phrase occurs (folded) in any other file under crates/vntext/testdata/,
that no source URL is cited in another SOURCES.md there, and that no phrase repeats; prints the mix."""
import os, re, sys, unicodedata, glob
def fold(s):
    s = s.replace("đ","d").replace("Đ","D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return " ".join(s.lower().split())
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "deadlines.tsv")
rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
files = [p for p in glob.glob(root + "/**/*", recursive=True) if os.path.isfile(p) and not p.startswith(here)]
corpus = ""
for p in files:
    try: corpus += "\n" + fold(open(p, encoding="utf-8", errors="ignore").read())
    except Exception: pass
cited = set()
for p in glob.glob(root + "/**/SOURCES.md", recursive=True):
    if p.startswith(here): continue
    cited.update(re.findall(r"https?://[^\s)>\]]+", open(p, encoding="utf-8").read()))
cited_f = set(u.rstrip(".,;") for u in cited)
bad = 0
seen = set()
for r in rows:
    assert len(r) == 5, r
    ph, iss, exp, split, url = r
    if fold(ph) in corpus: print("IN REPO:", ph); bad += 1
    if url in cited_f: print("CITED URL:", url); bad += 1
    if fold(ph) in seen: print("DUP:", ph); bad += 1
    seen.add(fold(ph))
noyear = sum(1 for r in rows if not re.search(r"(19|20)\d\d", r[0]))
print(f"files {len(files)}, rows {len(rows)}, issued {sum(1 for r in rows if r[1]!='-')}, no-year {noyear}, pages {len(set(r[4] for r in rows))}, problems {bad}")
from collections import Counter
print(Counter(r[2] if not r[2][0].isdigit() else 'date' for r in rows))
