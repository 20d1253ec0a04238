#!/usr/bin/env python3
"""Statements per request: the walk's addresses (walk.py), each fetched alone, with the number of
statements the server sent PostgreSQL for it, read from the server's log. On Citus each statement
is at least one round trip from the coordinator to a worker, so this count, not the plain
PostgreSQL timing, is what a page costs there (docs/scaling.md).

Needs `log_statement = 'all'` for the database (ALTER DATABASE db SET log_statement = 'all', then
restart dondoc so its connections take it) and the log file PostgreSQL writes to:

    python3 bench/scripts/statements.py http://127.0.0.1:8102 /var/log/postgresql/postgresql-15-main.log \
        --db dondoc_p --accounts lanhdao.longbien --top 30

Counts every statement, BEGIN and COMMIT included (each is a round trip).
"""
import argparse, collections, json, os, re, sys, time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
import walk  # noqa: E402


def new_lines(log, at):
    with open(log, "rb") as f:
        f.seek(at)
        data = f.read()
    return data.decode("utf-8", "replace"), at + len(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("log")
    ap.add_argument("--db", required=True)
    ap.add_argument("--accounts", help="comma-separated logins (default: the seven demo roles)")
    ap.add_argument("--ids", type=int, default=2)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--only", help="a regular expression the address must match")
    ap.add_argument("--json")
    a = ap.parse_args()
    marker = re.compile(r"@%s (LOG|ERROR):  (statement|execute [^:]*):" % re.escape(a.db))
    pages, api = walk.patterns()
    rows = []
    for account in a.accounts.split(",") if a.accounts else walk.ACCOUNTS:
        s = requests.Session()
        r = s.post(a.base + "/api/v1/auth/login", json={"login": account, "password": walk.PASSWORD})
        if r.status_code != 200:
            print(f"{account}: sign-in {r.status_code}", file=sys.stderr)
            continue
        ids = {}
        for kind in set(walk.LISTS.values()) | set(walk.SPECIAL.values()):
            r = s.get(f"{a.base}/api/v1/{kind}", params={"limit": 20})
            if r.ok and "json" in r.headers.get("content-type", ""):
                ids[kind] = [x["id"] for x in walk.items(r.json()) if isinstance(x, dict) and "id" in x]
        for pat in pages + api:
            if pat in ("/dang-xuat", "/api/v1/auth/logout"):
                continue
            for path in walk.fill(pat, ids, a.ids):
                if a.only and not re.search(a.only, path):
                    continue
                at = os.path.getsize(a.log)
                r = s.get(a.base + path, allow_redirects=False)
                time.sleep(0.03)  # the log is written after the answer leaves
                text, _ = new_lines(a.log, at)
                n = sum(1 for line in text.splitlines() if marker.search(line))
                rows.append({"account": account, "path": path, "status": r.status_code, "statements": n})
    counts = [x["statements"] for x in rows]
    by_status = collections.Counter(x["status"] for x in rows)
    print(json.dumps({"requests": len(rows), "statements": sum(counts),
                      "per_request_mean": round(sum(counts) / max(1, len(counts)), 2),
                      "max": max(counts, default=0), "statuses": dict(sorted(by_status.items()))}))
    for x in sorted(rows, key=lambda x: -x["statements"])[: a.top]:
        print(f'{x["statements"]:4d} {x["status"]} {x["account"]} {x["path"]}')
    if a.json:
        Path(a.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
