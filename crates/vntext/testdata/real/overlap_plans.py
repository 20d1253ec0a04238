#!/usr/bin/env python3
"""`overlap_plans.py SET` (a folder beside this script, e.g. `unseen18`): checks that no task list of SET/plans is already
in testdata. A list counts as already there when its source URL (the "source" of its
expected.json) occurs in any other file under crates/vntext/testdata/ or in the crate's docs,
when it shares a run of 8 words (NFC, lowercased, whitespace-split) that names a document by its
number, or when its longest stretch of shared runs is longer than LONG words. Stock phrases of
administrative text ("các sở, ban, ngành, UBND các huyện, thị xã, thành phố") make short shared
runs unavoidable; every list prints how many of its runs are shared and its longest stretch."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.abspath(os.path.join(HERE, sys.argv[1]))
TESTDATA = os.path.abspath(os.path.join(HERE, ".."))
DOCS = os.path.abspath(os.path.join(TESTDATA, "..", "..", "..", "docs"))
N = 8
LONG = 30


def words(s):
    return unicodedata.normalize("NFC", s).lower().split()


def runs(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def main():
    known, blob = set(), []
    for top in (TESTDATA, DOCS):
        for root, _, files in os.walk(top):
            for name in files:
                path = os.path.join(root, name)
                if os.path.commonpath([path, SET]) == SET:
                    continue
                try:
                    text = open(path, encoding="utf-8").read()
                except (UnicodeDecodeError, OSError):
                    continue
                blob.append(text)
                if name.endswith(".jsonl"):
                    for line in text.splitlines():
                        try:
                            text += "\n" + json.loads(line).get("text", "")
                        except (ValueError, AttributeError):
                            pass
                known |= runs(words(text))
    everything = "\n".join(blob)
    symbol = re.compile(r"\d+[-/][^\s]*[a-zđ]")
    plans = os.path.join(SET, "plans")
    bad = 0
    names = sorted(n[:-4] for n in os.listdir(plans) if n.endswith(".txt"))
    for name in names:
        text = open(os.path.join(plans, name + ".txt"), encoding="utf-8").read()
        url = json.load(open(os.path.join(plans, name + ".expected.json"), encoding="utf-8"))["source"]
        ws = words(text)
        hits = [" ".join(ws[i:i + N]) in known for i in range(len(ws) - N + 1)]
        longest, cur = 0, 0
        for h in hits:
            cur = cur + 1 if h else 0
            longest = max(longest, cur + N - 1 if cur else 0)
        with_symbol = sorted({" ".join(ws[i:i + N]) for i, h in enumerate(hits) if h and symbol.search(" ".join(ws[i:i + N]))})
        url_seen = url in everything
        flag = url_seen or with_symbol or longest > LONG
        bad += bool(flag)
        print(f"{'!!' if flag else 'ok'} {name}: {sum(hits)}/{len(hits)} runs shared, longest stretch {longest} words, url seen {url_seen}")
        for r in with_symbol:
            print(f"     names a document: {r}")
    print(f"{len(names)} lists, {bad} already in testdata (URL, a shared run naming a document, or a shared stretch over {LONG} words)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
