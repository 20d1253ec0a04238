#!/usr/bin/env python3
"""The page walk: sign in as each demo role and GET every page pattern of `web::paths` and every
API GET route of the route policy, with real ids from the API's own lists. Prints the statuses and
the p50/p95 of pages and of the API, and every 5xx. Used to compare backends (SQLite, plain
PostgreSQL, Citus) on the same demo data; see docs/scaling.md.

    python3 bench/scripts/walk.py http://127.0.0.1:8099 [--ids 3] [--json out.json]
"""
import argparse, json, re, statistics, sys, time
from pathlib import Path
import requests

ROOT = Path(__file__).resolve().parents[2]
ACCOUNTS = ["quantri", "lanhdao.longbien", "chuyenvien.longbien", "chuyenvien.haibatrung",
            "phuong.bode", "ubkt.longbien", "canbo.bode"]
PASSWORD = "dondoc-demo-2023"

# A page or API pattern's first segment → the API list that gives its ids.
LISTS = {
    "nhiem-vu": "tasks", "van-ban": "documents", "don-vi": "units", "cong-khai": "units",
    "can-bo": "people", "chi-tieu": "targets", "yeu-cau": "requirements", "danh-gia": "evaluations",
    "hoi-nghi": "conferences", "kiem-tra": "inspections", "tasks": "tasks", "documents": "documents",
    "units": "units", "people": "people", "themes": "themes", "targets": "targets",
    "evaluations": "evaluations", "requirements": "requirements", "conferences": "conferences",
    "inspections": "inspections", "inspection-plans": "inspection-plans", "users": "users",
    "evaluation-rule-sets": "evaluation-rule-sets",
}
SPECIAL = {  # patterns whose {id} is not the first segment's record
    "/yeu-cau/muc/{id}": "requirement-items", "/kiem-tra/ke-hoach/{id}": "inspection-plans",
    "/danh-gia/bo-tieu-chi/{id}": "evaluation-rule-sets",
}


def patterns():
    pages = re.findall(r'pub const \w+: &str = "([^"]+)";', (ROOT / "crates/web/src/paths.rs").read_text())
    api = re.findall(r'\("GET", "([^"]+)"', (ROOT / "crates/web/src/auth/policy.rs").read_text())
    return [p for p in pages if p.startswith("/")], api


def items(body):
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for key in ("items", "data", "rows"):
            if isinstance(body.get(key), list):
                return body[key]
    return []


def fill(pattern, ids, n):
    """The concrete addresses for one pattern (at most n), or [] when no id is known."""
    if "{" not in pattern:
        return [pattern]
    path = pattern.removeprefix("/api/v1")
    kind = next((v for k, v in SPECIAL.items() if path.startswith(k.split("{")[0]) and "{id}" in path), None)
    if kind is None:
        kind = LISTS.get(path.strip("/").split("/")[0])
    if "{code}" in pattern or "{kind}" in pattern or "{unit}" in pattern:
        return []
    found = ids.get(kind, [])[:n]
    out = []
    for i in found:
        p = pattern.replace("{id}", str(i))
        p = re.sub(r"\{\w+\}", "1", p)
        out.append(p)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("--ids", type=int, default=3)
    ap.add_argument("--json")
    ap.add_argument("--slowest", type=int, default=0, help="print the N slowest requests")
    ap.add_argument("--accounts", help="comma-separated logins (default: the seven demo roles)")
    a = ap.parse_args()
    pages, api = patterns()
    times = {"page": [], "api": []}
    statuses, errors, slow = {}, [], []
    for account in a.accounts.split(",") if a.accounts else ACCOUNTS:
        s = requests.Session()
        r = s.post(a.base + "/api/v1/auth/login", json={"login": account, "password": PASSWORD})
        if r.status_code != 200:
            print(f"{account}: sign-in {r.status_code}", file=sys.stderr)
            continue
        ids = {}
        for kind in set(LISTS.values()) | set(SPECIAL.values()):
            r = s.get(f"{a.base}/api/v1/{kind}", params={"limit": 20})
            if r.ok and "json" in r.headers.get("content-type", ""):
                ids[kind] = [x["id"] for x in items(r.json()) if isinstance(x, dict) and "id" in x]
        for req in (ids.get("requirements") or [])[:2]:
            r = s.get(f"{a.base}/api/v1/requirements/{req}/items")
            if r.ok:
                ids.setdefault("requirement-items", []).extend(x["id"] for x in items(r.json()) if "id" in x)
        for cls, pats in (("page", pages), ("api", api)):
            for pat in pats:
                if pat in ("/dang-xuat", "/api/v1/auth/logout"):
                    continue
                for path in fill(pat, ids, a.ids):
                    t = time.perf_counter()
                    r = s.get(a.base + path, allow_redirects=False)
                    ms = (time.perf_counter() - t) * 1000
                    times[cls].append(ms)
                    slow.append((ms, account, path, r.status_code))
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                    if r.status_code >= 500:
                        errors.append((account, path, r.status_code, r.text[:200]))
    def pct(v, q):
        v = sorted(v)
        return v[min(len(v) - 1, int(q * len(v)))] if v else 0
    summary = {
        "requests": sum(statuses.values()),
        "statuses": dict(sorted(statuses.items())),
        "page_p50_ms": round(statistics.median(times["page"]), 1) if times["page"] else 0,
        "page_p95_ms": round(pct(times["page"], 0.95), 1),
        "api_p50_ms": round(statistics.median(times["api"]), 1) if times["api"] else 0,
        "api_p95_ms": round(pct(times["api"], 0.95), 1),
        "errors": errors,
    }
    print(json.dumps({k: v for k, v in summary.items() if k != "errors"}, ensure_ascii=False))
    for e in errors:
        print("5xx:", *e)
    for ms, account, path, status in sorted(slow, reverse=True)[: a.slowest]:
        print(f"{ms:8.1f} ms {status} {account} {path}")
    if a.json:
        Path(a.json).write_text(json.dumps(summary, ensure_ascii=False, indent=1))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
