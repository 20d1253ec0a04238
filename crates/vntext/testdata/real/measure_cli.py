#!/usr/bin/env python3
"""Measures the real-world sets through the stable CLI (`dondoc text refs`, `dondoc text
deadline`, `dondoc plan extract`), the interface the product is checked by.

Sets: `tuned` = testdata/real (the passages the engine was fixed on), `dev` =
testdata/real/heldout (development data since its test half was spent and folded in),
`unseen` = testdata/real/unseen (labelled before any run, measured once, not tuned on; spent
by the second round), `unseen2` = testdata/real/unseen2 (task lists only, third round:
labelled before any run, measured before and after the round, not tuned on), `unseen3` =
testdata/real/unseen3 (task lists only, fourth round, same rules as unseen2), `unseen4` =
testdata/real/unseen4 (task lists only, fifth round, same rules; spent by the sixth),
`unseen5` = testdata/real/unseen5 (task lists only, sixth round, same rules; spent by the
seventh), `unseen6` = testdata/real/unseen6 (task lists only, seventh round, same rules).
Fourteenth round: `unseen13r` = testdata/real/unseen13r (references only) and `unseen13d` =
testdata/real/unseen13d (154 deadline phrases only), each labelled before any run, measured
before and after the round. Fifteenth round: `unseen15r` (references only: local Party
committees, blocs, mass organisations, news prose, OCR) and `unseen15d` (154 deadline phrases
only), same rules. Sixteenth round: `unseen16r` (references only: local Party committees, mass
organisations, legal databases, news prose, raw HTML, OCR) and `unseen16d` (162 deadline phrases
only: Party committees' briefings, mass organisations, HĐND and election calendars, schools,
hospitals, call-up, census, vaccination, reception calendars), same rules. Any later folder
`unseenN…` is measured the same way.
Scoring is the same as in tests/real_world.rs and tests/heldout.rs: a reference is right
when symbol and date are right; a task when its lead (folded) and due date or recurrence
are right.

Usage: measure_cli.py PATH/TO/dondoc [tuned|dev|unseen|unseen2|… (any folder unseenN…)]
       (default: tuned, dev and every unseen folder)
"""
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("\u00d0", "D").replace("\u00f0", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return " ".join(s.lower().split())


def score(found, expected):
    left = list(expected)
    extra = []
    tp = 0
    for f in found:
        if f in left:
            left.remove(f)
            tp += 1
        else:
            extra.append(f)
    return tp, extra, left


def refs(dondoc, path, split, failures):
    tp = fp = fn = 0
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        case = json.loads(line)
        if split and case.get("split") != split:
            continue
        out = subprocess.run([dondoc, "text", "refs"], input=case["text"].encode(), capture_output=True, check=True)
        found = [f"{r['symbol']}@{r.get('date') or '-'}" for r in json.loads(out.stdout)]
        expected = [f"{e['symbol']}@{e.get('date') or '-'}" for e in case["expect"]]
        t, extra, missing = score(found, expected)
        tp, fp, fn = tp + t, fp + len(extra), fn + len(missing)
        if extra or missing:
            failures.append(f"refs +{extra} -{missing} <= {case['text'][:70]!r}")
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return f"references {tp + fn}: P={p:.4} R={r:.4} (tp {tp} fp {fp} fn {fn})"


def deadlines(dondoc, path, split, failures):
    total = right = 0
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        phrase, issued, expected = cols[0], cols[1], cols[2]
        if split and cols[3] != split:
            continue
        args = [dondoc, "text", "deadline", phrase] + (["--issued", issued] if issued != "-" else [])
        out = subprocess.run(args, capture_output=True)
        if out.returncode != 0:
            got = "err"
        else:
            v = json.loads(out.stdout)
            got = v.get("due") or v.get("recurrence")
        total += 1
        if got == expected:
            right += 1
        else:
            failures.append(f"deadline {phrase!r} (issued {issued}): expected {expected}, got {got}")
    return f"deadlines {total}: accuracy={right / max(total, 1):.4} ({right} right)"


def tasks(dondoc, folder, prefix, failures):
    names = sorted(n[:-4] for n in os.listdir(folder) if n.endswith(".txt") and n.startswith(prefix))
    total = right = extra = 0
    for name in names:
        out = subprocess.run([dondoc, "plan", "extract", os.path.join(folder, name + ".txt")], capture_output=True, check=True)
        plan = json.loads(out.stdout)
        got = plan["tasks"]
        used = [False] * len(got)
        expected = json.load(open(os.path.join(folder, name + ".expected.json"), encoding="utf-8"))
        for e in expected["tasks"]:
            total += 1
            key = fold(e["title_has"])
            k = next((i for i, t in enumerate(got) if not used[i] and key in fold(t["title"])), None)
            if k is None:
                failures.append(f"task {name}: missing {key!r}")
                continue
            used[k] = True
            t = got[k]
            lead_ok = fold(t.get("lead") or "") == fold(e.get("lead") or "") and (t.get("lead") is None) == (e.get("lead") is None)
            due_ok = t.get("due") == e.get("due") and t.get("recurrence") == e.get("recurrence")
            if lead_ok and due_ok:
                right += 1
            else:
                failures.append(f"task {name} {key!r}: lead {t.get('lead')!r} due {t.get('due')} recurrence {t.get('recurrence')}; expected {e}")
        extra += used.count(False)
    return f"task lists {len(names)}, tasks {total}: lead+deadline right {right / max(total, 1):.4} ({right}), {extra} extra"


def main():
    dondoc = sys.argv[1]
    unseen = sorted(
        (n for n in os.listdir(HERE) if n.startswith("unseen") and os.path.isdir(os.path.join(HERE, n))),
        key=lambda n: (len(n), n),
    )
    sets = sys.argv[2:] or ["tuned", "dev"] + unseen
    for s in sets:
        failures = []
        if s == "tuned":
            base, split, prefix = HERE, None, ""
        elif s == "unseen":
            base, split, prefix = os.path.join(HERE, "unseen"), "test", "test_"
        elif s.startswith("unseen") and os.path.isdir(os.path.join(HERE, s)):
            base, split, prefix = os.path.join(HERE, s), "test", "test_"
        else:
            base, split, prefix = os.path.join(HERE, "heldout"), s, s + "_"
        lines = []
        # unseen2 to unseen6 hold task lists only: a set measures the kinds it has files for.
        if os.path.exists(os.path.join(base, "refs.jsonl")):
            lines.append(refs(dondoc, os.path.join(base, "refs.jsonl"), split, failures))
        if os.path.exists(os.path.join(base, "deadlines.tsv")):
            lines.append(deadlines(dondoc, os.path.join(base, "deadlines.tsv"), split, failures))
        # A set measures the kinds it has files for (unseen13r: references, unseen13d: deadlines).
        if os.path.isdir(os.path.join(base, "plans")):
            lines.append(tasks(dondoc, os.path.join(base, "plans"), prefix, failures))
        print(f"== {s}: " + "; ".join(lines))
        for f in failures:
            print("   " + f)


if __name__ == "__main__":
    main()
