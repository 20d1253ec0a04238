#!/usr/bin/env python3
"""`overlap_refs.py unseen13r`: checks that no passage of that set's refs.jsonl is already in testdata: no source URL and
no run of 8 words (whitespace-normalised, case-folded) that names a document by its number
appears in any other file under crates/vntext/testdata/, and no shared stretch is longer than
LONG words. Prints every passage that fails and why."""
import json
import re
import os
import sys
import unicodedata

REAL = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.abspath(os.path.join(REAL, ".."))
HERE = os.path.join(REAL, sys.argv[1]) if len(sys.argv) > 1 else sys.exit("usage: overlap_refs.py SET")
N = 8
# Shared runs of standard formulae (the national motto, "Căn cứ Luật Tổ chức chính quyền địa
# phương ngày 19 tháng 6 năm 2015", site metadata labels) are expected between any two
# administrative texts; a passage counts as already there when its URL is, when it shares a run
# that names a document by its number, or when a shared stretch is longer than LONG words.
LONG = 30


def words(s):
    return unicodedata.normalize("NFC", s).lower().split()


def runs(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def main():
    known = set()
    blob = []
    for root, _, files in os.walk(TESTDATA):
        for name in files:
            path = os.path.join(root, name)
            if os.path.commonpath([path, HERE]) == HERE:
                continue
            try:
                text = open(path, encoding="utf-8").read()
            except (UnicodeDecodeError, OSError):
                continue
            blob.append(text)
            if name.endswith(".jsonl"):
                # The passages inside JSON lines, unescaped.
                for line in text.splitlines():
                    try:
                        text += "\n" + json.loads(line).get("text", "")
                    except (ValueError, AttributeError):
                        pass
            known |= runs(words(text))
    everything = "\n".join(blob)
    bad = 0
    symbol = re.compile(r"\d+[-/][^\s]*[a-zđ]")
    cases = [json.loads(l) for l in open(os.path.join(HERE, "refs.jsonl"), encoding="utf-8") if l.strip()]
    for k, case in enumerate(cases, 1):
        url = case["source"]
        ws = words(case["text"])
        hits = [" ".join(ws[i:i + N]) in known for i in range(len(ws) - N + 1)]
        # Longest stretch of text covered by consecutive shared runs, in words.
        longest, cur = 0, 0
        for h in hits:
            cur = cur + 1 if h else 0
            longest = max(longest, cur + N - 1 if cur else 0)
        with_symbol = sorted({" ".join(ws[i:i + N]) for i, h in enumerate(hits) if h and symbol.search(" ".join(ws[i:i + N]))})
        url_seen = url in everything
        if url_seen or with_symbol or longest > LONG:
            bad += 1
            print(f"#{k} {url}\n   url already there: {url_seen}; longest shared stretch {longest} words; shared runs naming a document:")
            for r in with_symbol:
                print(f"     {r}")
    print(f"{len(cases)} passages, {sum(len(c['expect']) for c in cases)} references, {bad} already in testdata (URL, a shared run naming a document, or a shared stretch over {LONG} words)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
