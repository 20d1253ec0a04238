#!/usr/bin/env python3
"""Compare two servers on the demo data answer by answer: sign in to both as each demo role, read
each API list on both, then GET every address of the page walk (`walk.py`) on both with the ids
of the first server's lists. Prints every list whose ids differ and every address whose status,
or number of table rows (pages) or items (API), differs; exits 1 when anything differs. Used to
check that a change of how storage reads (which shards, which statements) changes no answer;
see docs/scaling.md.

    python3 bench/scripts/walk_compare.py http://127.0.0.1:8101 http://127.0.0.1:8103
"""
import sys

import requests

import walk


def shape(r):
    if "json" in r.headers.get("content-type", ""):
        body = r.json()
        return r.status_code, len(walk.items(body))
    return r.status_code, r.text.count("<tr")


def main():
    a, b = sys.argv[1], sys.argv[2]
    pages, api = walk.patterns()
    compared, diffs = 0, 0
    for account in walk.ACCOUNTS:
        sessions = {}
        for base in (a, b):
            s = requests.Session()
            s.post(base + "/api/v1/auth/login", json={"login": account, "password": walk.PASSWORD})
            sessions[base] = s
        ids = {}
        for kind in sorted(set(walk.LISTS.values()) | set(walk.SPECIAL.values())):
            got = []
            for base in (a, b):
                r = sessions[base].get(f"{base}/api/v1/{kind}", params={"limit": 20})
                ok = r.ok and "json" in r.headers.get("content-type", "")
                got.append((r.status_code, [x.get("id") for x in walk.items(r.json())] if ok else None))
            if got[0] != got[1]:
                print("list", account, kind, *got)
                diffs += 1
            if got[0][1]:
                ids[kind] = [i for i in got[0][1] if i is not None]
        for req in (ids.get("requirements") or [])[:2]:
            r = sessions[a].get(f"{a}/api/v1/requirements/{req}/items")
            if r.ok:
                ids.setdefault("requirement-items", []).extend(x["id"] for x in walk.items(r.json()) if "id" in x)
        for pats in (pages, api):
            for pat in pats:
                if pat in ("/dang-xuat", "/api/v1/auth/logout"):
                    continue
                for path in walk.fill(pat, ids, 3):
                    got = [shape(sessions[base].get(base + path, allow_redirects=False)) for base in (a, b)]
                    compared += 1
                    if got[0] != got[1]:
                        print("address", account, path, *got)
                        diffs += 1
    print(f"compared {compared} addresses, {diffs} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
