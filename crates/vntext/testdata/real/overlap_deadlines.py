#!/usr/bin/env python3
"""`overlap_deadlines.py SET` (a folder beside this script holding deadlines.tsv, e.g. `unseen18d`):
checks that no phrase of the set occurs (folded) in any other file under crates/vntext/testdata/,
that no run of 8 folded words of a phrase occurs there, that no source URL is cited in another file
there (SOURCES.md, deadline sets, refs), and that no phrase repeats; prints the mix.
Adapted from unseen16d/overlap_check.py (the 8-word runs and the wider URL check are new); one
script for the sets from unseen17d on."""
import glob, os, re, sys, unicodedata
from collections import Counter

def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return " ".join(re.sub(r"[^\w]+", " ", s.lower()).split())

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), sys.argv[1])
root = os.path.dirname(os.path.dirname(here))
path = os.path.join(here, "deadlines.tsv")
rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
files = [p for p in glob.glob(root + "/**/*", recursive=True) if os.path.isfile(p) and not p.startswith(here)]
texts, cited = [], set()
for p in files:
    try:
        t = open(p, encoding="utf-8", errors="ignore").read()
    except Exception:
        continue
    texts.append(fold(t))
    cited.update(u.rstrip(".,;") for u in re.findall(r"https?://[^\s)>\]\"]+", t))
corpus = "\n".join(texts)
grams = set()
for t in texts:
    w = t.split()
    grams.update(" ".join(w[i:i + 8]) for i in range(len(w) - 7))
bad, seen, formula = 0, set(), []
for r in rows:
    assert len(r) == 5, r
    ph, iss, exp, split, url = r
    f = fold(ph)
    if f in corpus:
        print("IN REPO:", ph); bad += 1
    else:
        w = f.split()
        hit = [" ".join(w[i:i + 8]) for i in range(len(w) - 7) if " ".join(w[i:i + 8]) in grams]
        # A shared run that holds a number (the time expression itself) or 12 shared words in a
        # row is overlap; a shorter run of words only is a stock formula of administrative
        # Vietnamese ("các tỉnh, thành phố trực thuộc Trung ương"), reported but allowed.
        long_run = any(" ".join(w[i:i + 12]) in corpus for i in range(len(w) - 11))
        if any(re.search(r"\d", g) for g in hit) or long_run:
            print("RUN IN REPO:", next((g for g in hit if re.search(r"\d", g)), hit[0] if hit else ""), "<=", ph[:60]); bad += 1
        elif hit:
            formula.append(hit[0])
    if url in cited:
        print("CITED URL:", url); bad += 1
    if f in seen:
        print("DUP:", ph); bad += 1
    seen.add(f)
noyear = sum(1 for r in rows if not re.search(r"(19|20)\d\d", r[0]))
print(f"files {len(files)}, rows {len(rows)}, issued {sum(1 for r in rows if r[1] != '-')}, "
      f"no-year {noyear}, pages {len(set(r[4] for r in rows))}, problems {bad}")
print(f"stock formulas shared (allowed): {len(formula)}")
print(Counter(r[2] if not r[2][0].isdigit() else "date" for r in rows))
