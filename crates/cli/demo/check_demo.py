#!/usr/bin/env python3
"""Validate the dondoc demo data set (hanoi.toml).

Usage:  python3 check_demo.py [path/to/hanoi.toml]

Checks every rule the loader enforces (unique keys, resolvable references, date order,
progress monotony, one pending extension per task, acyclic trees, NFC text) plus the
facts the demo must show (47 key tasks in Long Biên's 2023 plan, Long Biên's 16 targets
of 2020 with 9 exceeded and 7 met, the 14 + 18 real wards, a believable status mix as of
meta.as_of). Prints counts and the status table; exits 1 when anything is wrong.

Python 3.11+, standard library only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

# --------------------------------------------------------------------------- constants

UNIT_KINDS = {
    "province", "district", "ward", "commune", "party_committee", "party_cell",
    "peoples_council", "peoples_committee", "fatherland_front", "mass_organisation",
    "inspection_commission", "party_board", "office", "department", "public_unit",
    "residential_group",
}
CATEGORIES = {"cadre", "civil_servant", "public_employee", "contract"}
DOC_KINDS = {
    "directive", "resolution", "conclusion", "programme", "plan", "decision", "regulation",
    "guidance", "notice", "report", "official_letter", "scheme",
}
LINK_KINDS = {"implements", "guides", "replaces", "amends"}
RECURRENCES = {"monthly", "quarterly", "semiannual", "yearly", "ongoing", "adhoc"}
DECISIONS = {"approved", "rejected", "pending"}
DIRECTIONS = {"higher", "lower"}
KEY_RE = re.compile(r"^[a-z0-9_.-]+$")

# Type abbreviation in a symbol -> document kinds it may carry.
TYPE_KINDS = {
    "NQ": {"resolution"}, "CT": {"directive"}, "KL": {"conclusion"}, "CTr": {"programme"},
    "KH": {"plan"}, "QĐ": {"decision", "regulation"}, "QĐi": {"regulation"},
    "QyĐ": {"regulation"}, "QC": {"regulation"}, "HD": {"guidance"}, "TB": {"notice"},
    "BC": {"report"}, "CV": {"official_letter"}, "ĐA": {"scheme"}, "DA": {"scheme"},
    "TTr": {"report", "official_letter"}, "PA": {"plan", "scheme"},
}
PARTY_SYMBOL = re.compile(r"^(\d+)-([A-Za-zĐđ]+)/([A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)$")
STATE_SYMBOL = re.compile(r"^(\d+)/(?:(\d{4})/)?([A-Za-zĐđ]+)-([A-ZĐ0-9&]+(?:-[A-ZĐ0-9&]+)*)$")
PARTY_ISSUER_KINDS = {"party_committee", "party_board", "inspection_commission", "party_cell"}
STATE_ISSUER_KINDS = {"peoples_committee", "peoples_council"}

LB_WARDS = [
    "Thượng Thanh", "Ngọc Thụy", "Giang Biên", "Đức Giang", "Việt Hưng", "Gia Thụy",
    "Ngọc Lâm", "Phúc Lợi", "Bồ Đề", "Sài Đồng", "Long Biên", "Thạch Bàn", "Phúc Đồng",
    "Cự Khối",
]
HBT_WARDS = [
    "Bách Khoa", "Bạch Đằng", "Bạch Mai", "Cầu Dền", "Đống Mác", "Đồng Nhân", "Đồng Tâm",
    "Lê Đại Hành", "Minh Khai", "Nguyễn Du", "Phạm Đình Hổ", "Phố Huế", "Quỳnh Lôi",
    "Quỳnh Mai", "Thanh Lương", "Thanh Nhàn", "Trương Định", "Vĩnh Tuy",
]
# Real officials named in the seed articles: the demo must not use their names.
REAL_OFFICIALS = {
    "Ngô Mạnh Điềm", "Nguyễn Mạnh Hà", "Đường Hoài Nam", "Vũ Đức Bảo", "Trần Đình Cảnh",
    "Nguyễn Thanh Minh", "Nguyễn Thế Thạch", "Phan Việt Hưng", "Lương Hồng Điệp",
    "Vũ Hoàng Long", "Đinh Thị Thu Hương", "Nguyễn Văn Nam", "Trần Quyết Thắng",
    "Nguyễn Quang Trung", "Nguyễn Duy Sơn", "Phùng Bích Nga",
}

LB_PLAN_SYMBOL = ("215-KH/QU", "lb_qu")   # Long Biên's plan for the 2023 themes
LB_KEY_TASKS = 47

# Status mix expected as of meta.as_of: (min, max) as share of all tasks, or counts.
MIX_SHARE = {
    "completed": (0.38, 0.52),   # on time + late
    "in_progress": (0.18, 0.32),
    "due_soon": (0.06, 0.14),
    "overdue": (0.08, 0.16),
}
MIX_COUNT = {
    "extension_pending": (3, 4),
    "approved_extensions": (2, 3),
    "rejected_extensions": (1, 1),
    "explanation_requests": (3, 4),
    "cancelled": (1, 2),
    "tasks": (120, 160),
    "people": (200, 300),
}

# --------------------------------------------------------------------------- deadlines

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def parse_deadline(text: str, plan_year: int):
    """Vietnamese deadline phrase -> (due date or None, recurrence or None).

    Returns (None, None) when the phrase is not understood (the caller reports it).
    A recurring phrase gives the recurrence and, as due date, the end of the plan year.
    """
    t = unicodedata.normalize("NFC", text).strip().lower()
    t = t.replace("hàng", "hằng")
    year_end = dt.date(plan_year, 12, 31)
    m = re.search(r"(?:trước|chậm nhất|đến|trong) ngày (\d{1,2})/(\d{1,2})/(\d{4})", t)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1])), None
    m = re.search(r"quý (iv|iii|ii|i)/(\d{4})", t)
    if m:
        q = ROMAN[m[1].upper()]
        return month_end(int(m[2]), q * 3), None
    m = re.search(r"6 tháng (đầu|cuối) năm (\d{4})", t)
    if m:
        return month_end(int(m[2]), 6 if m[1] == "đầu" else 12), None
    m = re.search(r"tháng (\d{1,2})/(\d{4})", t)
    if m:
        return month_end(int(m[2]), int(m[1])), None
    m = re.search(r"(?:trong )?năm (\d{4})", t)
    if m:
        return dt.date(int(m[1]), 12, 31), None
    if "hằng tháng" in t:
        return year_end, "monthly"
    if "hằng quý" in t:
        return year_end, "quarterly"
    if "6 tháng" in t:
        return year_end, "semiannual"
    if "hằng năm" in t:
        return year_end, "yearly"
    if "thường xuyên" in t:
        return year_end, "ongoing"
    if "đột xuất" in t:
        return year_end, "adhoc"
    return None, None


# --------------------------------------------------------------------------- helpers


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def as_date(value, where: str, rep: Report):
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    rep.err(f"{where}: not a date: {value!r}")
    return None


def walk_strings(node, path: str):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from walk_strings(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk_strings(v, f"{path}[{i}]")


def find_cycle(parent_of: dict[str, str | None]) -> str | None:
    for start in parent_of:
        seen = set()
        node = start
        while node is not None:
            if node in seen:
                return start
            seen.add(node)
            node = parent_of.get(node)
    return None


def period_bounds(period: str):
    m = re.fullmatch(r"(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?", period)
    if not m:
        return None
    y, r = int(m[1]), m[2]
    if r is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if r[0] == "Q":
        q = int(r[1])
        return dt.date(y, q * 3 - 2, 1), month_end(y, q * 3)
    if r[0] == "H":
        h = int(r[1])
        return dt.date(y, h * 6 - 5, 1), month_end(y, h * 6)
    mo = int(r)
    if not 1 <= mo <= 12:
        return None
    return dt.date(y, mo, 1), month_end(y, mo)


def outcome(direction: str, planned: float, actual: float) -> str:
    eps = 1e-9 * max(1.0, abs(planned))
    if abs(actual - planned) <= eps:
        return "met"
    better = actual > planned if direction == "higher" else actual < planned
    return "exceeded" if better else "missed"


def percent_achieved(direction: str, planned: float, actual: float) -> float | None:
    if direction == "higher":
        return None if planned == 0 else actual / planned * 100
    return None if actual == 0 else planned / actual * 100


# --------------------------------------------------------------------------- the check


def check(path: Path) -> int:
    rep = Report()
    with path.open("rb") as f:
        data = tomllib.load(f)

    # ---- text
    for where, s in walk_strings(data, "$"):
        if unicodedata.normalize("NFC", s) != s:
            rep.err(f"{where}: text not in NFC: {s!r}")
        if s != s.strip():
            rep.warn(f"{where}: leading/trailing spaces")

    meta = data.get("meta", {})
    as_of = as_date(meta.get("as_of"), "meta.as_of", rep)
    if as_of is None:
        rep.err("meta.as_of missing")
        as_of = dt.date.today()
    if not meta.get("title"):
        rep.err("meta.title missing")

    def not_future(d, where):
        if d is not None and d > as_of:
            rep.err(f"{where}: {d} is after as_of {as_of}")

    def unique_keys(items, section, required=True):
        keys = {}
        for i, it in enumerate(items):
            k = it.get("key")
            if k is None:
                if required:
                    rep.err(f"{section}[{i}]: key missing")
                continue
            if not isinstance(k, str) or not KEY_RE.match(k):
                rep.err(f"{section}[{i}]: bad key {k!r}")
            if k in keys:
                rep.err(f"{section}: duplicate key {k!r}")
            keys[k] = it
        return keys

    # ---- units
    units_l = data.get("units", [])
    units = unique_keys(units_l, "units")
    parent_of: dict[str, str | None] = {}
    children: dict[str, list[str]] = defaultdict(list)
    roots = []
    for k, u in units.items():
        if u.get("kind") not in UNIT_KINDS:
            rep.err(f"unit {k}: bad kind {u.get('kind')!r}")
        if not u.get("name"):
            rep.err(f"unit {k}: name missing")
        p = u.get("parent")
        if p is None:
            roots.append(k)
        elif p not in units:
            rep.err(f"unit {k}: unknown parent {p!r}")
        else:
            children[p].append(k)
        parent_of[k] = p if p in units else None
    if len(roots) != 1:
        rep.err(f"units: expected one root, found {roots}")
    if (c := find_cycle(parent_of)) is not None:
        rep.err(f"units: cycle through {c}")

    def subtree(k):
        out, stack = [], [k]
        while stack:
            n = stack.pop()
            out.append(n)
            stack.extend(children.get(n, []))
        return out

    def ancestors(k):
        out, n = [], parent_of.get(k)
        while n is not None and len(out) < 50:
            out.append(n)
            n = parent_of.get(n)
        return out

    names_under = defaultdict(set)
    for k, u in units.items():
        names_under[u.get("parent")].add(u.get("name"))

    # ward structure: the real wards, each with its Party committee, People's Committee, cells
    for district_name, wards in (("Quận Long Biên", LB_WARDS), ("Quận Hai Bà Trưng", HBT_WARDS)):
        dkeys = [k for k, u in units.items() if u.get("name") == district_name and u.get("kind") == "district"]
        if len(dkeys) != 1:
            rep.err(f"district {district_name!r} not found exactly once")
            continue
        dk = dkeys[0]
        wkeys = {units[c]["name"]: c for c in children[dk] if units[c].get("kind") == "ward"}
        expected = {f"Phường {w}" for w in wards}
        if set(wkeys) != expected:
            rep.err(f"{district_name}: wards differ: missing {sorted(expected - set(wkeys))}, "
                    f"extra {sorted(set(wkeys) - expected)}")
        for wname, wk in wkeys.items():
            short = wname.removeprefix("Phường ")
            kids = {units[c]["name"]: units[c]["kind"] for c in children[wk]}
            if kids.get(f"Đảng ủy phường {short}") != "party_committee":
                rep.err(f"{wname}: no 'Đảng ủy phường {short}' (party_committee)")
            if kids.get(f"UBND phường {short}") != "peoples_committee":
                rep.err(f"{wname}: no 'UBND phường {short}' (peoples_committee)")
            cells = [s for s in subtree(wk) if units[s].get("kind") == "party_cell"]
            if not 2 <= len(cells) <= 4:
                rep.err(f"{wname}: {len(cells)} chi bộ (want 2–4)")

    # ---- people
    people_l = data.get("people", [])
    people = unique_keys(people_l, "people")
    heads = Counter()
    names = Counter()
    for k, p in people.items():
        if p.get("unit") not in units:
            rep.err(f"person {k}: unknown unit {p.get('unit')!r}")
        if p.get("category") not in CATEGORIES:
            rep.err(f"person {k}: bad category {p.get('category')!r}")
        for b in ("party_member", "head"):
            if b in p and not isinstance(p[b], bool):
                rep.err(f"person {k}: {b} must be true/false")
        if not p.get("position"):
            rep.err(f"person {k}: position missing")
        name = p.get("name", "")
        if len(name.split()) < 3:
            rep.warn(f"person {k}: name {name!r} has fewer than three parts")
        if name in REAL_OFFICIALS:
            rep.err(f"person {k}: {name!r} is a real official named in the seeds")
        names[name] += 1
        if p.get("head"):
            heads[p.get("unit")] += 1
    for u, n in heads.items():
        if n > 1:
            rep.err(f"unit {u}: {n} heads (at most one)")
    for n, c in names.items():
        if c > 1:
            rep.warn(f"person name {n!r} used {c} times")

    def person_unit(pk):
        return people.get(pk, {}).get("unit")

    # ---- documents
    docs_l = data.get("documents", [])
    docs = unique_keys(docs_l, "documents")
    doc_date = {}
    seen_symbols = {}
    for k, d in docs.items():
        kind = d.get("kind")
        if kind not in DOC_KINDS:
            rep.err(f"document {k}: bad kind {kind!r}")
        issuer = d.get("issuer")
        if issuer not in units:
            rep.err(f"document {k}: unknown issuer {issuer!r}")
        if not d.get("title"):
            rep.err(f"document {k}: title missing")
        issued = as_date(d.get("issued_on"), f"document {k}.issued_on", rep)
        if issued is None:
            rep.err(f"document {k}: issued_on missing")
        not_future(issued, f"document {k}.issued_on")
        doc_date[k] = issued
        vf = as_date(d.get("valid_from"), f"document {k}.valid_from", rep)
        vt = as_date(d.get("valid_to"), f"document {k}.valid_to", rep)
        if vf and vt and vf > vt:
            rep.err(f"document {k}: valid_from after valid_to")
        if vf and issued and vf < issued:
            rep.err(f"document {k}: valid_from before issued_on")
        sym = d.get("symbol", "")
        ikind = units.get(issuer, {}).get("kind")
        mp, ms = PARTY_SYMBOL.match(sym), STATE_SYMBOL.match(sym)
        if mp:
            typ, org = mp[2], mp[3]
            if ikind in STATE_ISSUER_KINDS:
                rep.err(f"document {k}: Party-form symbol {sym!r} for a State issuer")
            if ikind == "party_committee":
                lvl = units.get(parent_of.get(issuer) or "", {}).get("kind")
                # ĐH: documents of the committee's congress (Đại hội), e.g. its resolution
                want = {"province": {"TU"}, "district": {"QU", "HU"}}.get(lvl, {"ĐU"}) | {"ĐH"}
                if org not in want:
                    rep.err(f"document {k}: issuer part {org!r} does not fit a {lvl} committee")
            ukey = (sym, issuer)
        elif ms:
            typ, org = ms[3], ms[4]
            if ikind in PARTY_ISSUER_KINDS:
                rep.err(f"document {k}: State-form symbol {sym!r} for a Party issuer")
            num = ms[1]
            if int(num) < 10 and len(num) != 2:
                rep.err(f"document {k}: State number below 10 must be zero-padded ({sym!r})")
            if ikind == "peoples_committee" and org != "UBND":
                rep.err(f"document {k}: a People's Committee signs as UBND, not {org!r}")
            ukey = (sym, issuer, issued.year if issued else None)
        else:
            rep.err(f"document {k}: symbol {sym!r} is neither Party nor State form")
            typ, ukey = None, (sym, issuer)
        if typ is not None and kind in DOC_KINDS and kind not in TYPE_KINDS.get(typ, set()):
            rep.err(f"document {k}: symbol type {typ!r} does not fit kind {kind!r}")
        if ukey in seen_symbols:
            rep.err(f"document {k}: symbol {sym!r} already used by {seen_symbols[ukey]}")
        seen_symbols[ukey] = k

    # ---- links
    links = data.get("links", [])
    seen_links = set()
    impl_graph = defaultdict(list)
    for i, l in enumerate(links):
        f, t, kind = l.get("from"), l.get("to"), l.get("kind")
        where = f"links[{i}] {f}->{t}"
        if f not in docs or t not in docs:
            rep.err(f"{where}: unknown document")
            continue
        if kind not in LINK_KINDS:
            rep.err(f"{where}: bad kind {kind!r}")
        if f == t:
            rep.err(f"{where}: a document cannot link to itself")
        if (f, t, kind) in seen_links:
            rep.err(f"{where}: duplicate link")
        seen_links.add((f, t, kind))
        if doc_date.get(f) and doc_date.get(t) and doc_date[f] < doc_date[t]:
            rep.err(f"{where}: {kind} a document issued later ({doc_date[f]} < {doc_date[t]})")
        impl_graph[f].append(t)
    # no cycles in the document graph
    state = {}

    def dfs(n):
        state[n] = 1
        for m in impl_graph.get(n, []):
            if state.get(m) == 1:
                return True
            if state.get(m) is None and dfs(m):
                return True
        state[n] = 2
        return False

    for n in list(impl_graph):
        if state.get(n) is None and dfs(n):
            rep.err(f"links: cycle through {n}")
            break

    # ---- themes
    themes = data.get("themes", [])
    for i, th in enumerate(themes):
        if th.get("unit") not in units:
            rep.err(f"themes[{i}]: unknown unit {th.get('unit')!r}")
        if not isinstance(th.get("year"), int):
            rep.err(f"themes[{i}]: year must be an integer")
        if not th.get("title"):
            rep.err(f"themes[{i}]: title missing")
        for p in th.get("plans", []):
            if p not in docs:
                rep.err(f"themes[{i}]: unknown plan {p!r}")
            elif docs[p].get("kind") not in {"plan", "programme"}:
                rep.err(f"themes[{i}]: {p} is a {docs[p].get('kind')}, not a plan")

    # ---- tasks
    tasks_l = data.get("tasks", [])
    tasks = unique_keys(tasks_l, "tasks", required=False)
    task_parent = {}
    statuses = Counter()
    status_of = {}
    ext_counter = Counter()
    n_explanations = 0
    for i, t in enumerate(tasks_l):
        tk = t.get("key") or f"#{i}"
        where = f"task {tk} ({t.get('code', '?')})"
        plan = t.get("plan")
        if plan not in docs:
            rep.err(f"{where}: unknown plan {plan!r}")
            continue
        if docs[plan].get("kind") not in {"plan", "programme", "scheme", "directive", "resolution", "conclusion"}:
            rep.warn(f"{where}: tasks of a {docs[plan].get('kind')}")
        issued = doc_date.get(plan) or dt.date.min
        if not t.get("code"):
            rep.err(f"{where}: code missing")
        if not t.get("title"):
            rep.err(f"{where}: title missing")
        if not isinstance(t.get("key_task", False), bool):
            rep.err(f"{where}: key_task must be true/false")
        par = t.get("parent")
        if par is not None:
            if par not in tasks:
                rep.err(f"{where}: unknown parent {par!r}")
            elif tasks[par].get("plan") != plan:
                rep.err(f"{where}: parent {par} belongs to another plan")
            if t.get("key"):
                task_parent[t["key"]] = par if par in tasks else None
        elif t.get("key"):
            task_parent[t["key"]] = None
        lead = t.get("lead")
        if lead not in units:
            rep.err(f"{where}: unknown lead {lead!r}")
        for s in t.get("support", []):
            if s not in units:
                rep.err(f"{where}: unknown support unit {s!r}")
            if s == lead:
                rep.err(f"{where}: lead listed as support")
        if len(set(t.get("support", []))) != len(t.get("support", [])):
            rep.err(f"{where}: duplicate support unit")
        resp = t.get("responsible")
        if resp is not None:
            if resp not in people:
                rep.err(f"{where}: unknown responsible {resp!r}")
            elif person_unit(resp) != lead:
                rep.err(f"{where}: responsible {resp} is not in the lead unit {lead}")
        dl = t.get("deadline_text")
        if not dl:
            rep.err(f"{where}: deadline_text missing")
        due = as_date(t.get("due_on"), f"{where}.due_on", rep)
        rec = t.get("recurrence")
        if rec is not None and rec not in RECURRENCES:
            rep.err(f"{where}: bad recurrence {rec!r}")
        if due is None and rec is None:
            rep.err(f"{where}: neither due_on nor recurrence")
        if due is not None and due < issued:
            rep.err(f"{where}: due_on {due} before the plan was issued ({issued})")
        if dl:
            pdue, prec = parse_deadline(dl, issued.year)
            if pdue is None and prec is None:
                rep.warn(f"{where}: deadline phrase not understood: {dl!r}")
            else:
                if prec != rec:
                    rep.err(f"{where}: deadline {dl!r} means recurrence {prec}, data says {rec}")
                if prec is None and pdue != due:
                    rep.err(f"{where}: deadline {dl!r} means due {pdue}, data says {due}")
                if prec is not None and due is not None and due != pdue:
                    rep.err(f"{where}: recurring task due_on {due} is not the end of the plan year")
        done = as_date(t.get("completed_on"), f"{where}.completed_on", rep)
        canc = as_date(t.get("cancelled_on"), f"{where}.cancelled_on", rep)
        for d, nm in ((done, "completed_on"), (canc, "cancelled_on")):
            if d is not None:
                not_future(d, f"{where}.{nm}")
                if d < issued:
                    rep.err(f"{where}: {nm} {d} before the plan was issued")
        if done and canc:
            rep.err(f"{where}: both completed and cancelled")
        if canc and not t.get("cancel_reason"):
            rep.err(f"{where}: cancelled without cancel_reason")
        if t.get("cancel_reason") and not canc:
            rep.err(f"{where}: cancel_reason without cancelled_on")

        # progress
        prog = t.get("progress", [])
        last_pct, last_on = -1, dt.date.min
        for j, pr in enumerate(prog):
            pw = f"{where}.progress[{j}]"
            on = as_date(pr.get("on"), pw + ".on", rep)
            if on is None:
                rep.err(f"{pw}: date missing")
                continue
            not_future(on, pw)
            if on < issued:
                rep.err(f"{pw}: {on} before the plan was issued ({issued})")
            if on < last_on:
                rep.err(f"{pw}: dates go backwards")
            if done and on > done:
                rep.err(f"{pw}: reported after completion ({done})")
            if canc and on > canc:
                rep.err(f"{pw}: reported after cancellation")
            last_on = on
            by = pr.get("by")
            if by not in people:
                rep.err(f"{pw}: unknown person {by!r}")
            elif person_unit(by) != lead:
                rep.err(f"{pw}: reporter {by} is not in the lead unit {lead}")
            pct = pr.get("percent")
            if not isinstance(pct, int) or not 0 <= pct <= 100:
                rep.err(f"{pw}: percent must be an integer 0..100")
                continue
            if pct < last_pct:
                rep.err(f"{pw}: percent goes down ({last_pct} -> {pct})")
            if pct == 100 and not done:
                rep.err(f"{pw}: 100% but the task is not completed")
            last_pct = pct
            if not pr.get("text"):
                rep.err(f"{pw}: text missing")
            ev = pr.get("evidence", [])
            if not isinstance(ev, list):
                rep.err(f"{pw}: evidence must be a list")
        if done and (not prog or prog[-1].get("percent") != 100):
            rep.err(f"{where}: completed but the last progress is not 100")

        # extensions
        eff_due = due
        pending = 0
        approved = []
        for j, ex in enumerate(t.get("extensions", [])):
            ew = f"{where}.extensions[{j}]"
            req = as_date(ex.get("requested_on"), ew + ".requested_on", rep)
            not_future(req, ew + ".requested_on")
            if req and req < issued:
                rep.err(f"{ew}: requested before the plan was issued")
            if ex.get("by") not in people:
                rep.err(f"{ew}: unknown person {ex.get('by')!r}")
            nd = as_date(ex.get("new_due_on"), ew + ".new_due_on", rep)
            if nd is None:
                rep.err(f"{ew}: new_due_on missing")
            elif nd < issued:
                rep.err(f"{ew}: new_due_on before the plan was issued")
            elif due and nd <= due:
                rep.err(f"{ew}: new_due_on {nd} is not after the due date {due}")
            if not ex.get("reason"):
                rep.err(f"{ew}: reason missing")
            dec = ex.get("decision")
            if dec not in DECISIONS:
                rep.err(f"{ew}: bad decision {dec!r}")
            dd = as_date(ex.get("decided_on"), ew + ".decided_on", rep)
            if dec == "pending":
                pending += 1
                if "decided_on" in ex or "decided_by" in ex:
                    rep.err(f"{ew}: pending but has a decision date or decider")
            else:
                if dd is None or ex.get("decided_by") not in people:
                    rep.err(f"{ew}: {dec} needs decided_on and a known decided_by")
                if dd and req and dd < req:
                    rep.err(f"{ew}: decided before requested")
                not_future(dd, ew + ".decided_on")
                if done and dd and dd > done:
                    rep.err(f"{ew}: decided after the task was completed")
            if dec == "approved" and nd:
                approved.append((dd or dt.date.min, nd))
            if dec in DECISIONS:
                ext_counter[dec] += 1
        if pending > 1:
            rep.err(f"{where}: {pending} pending extensions (at most one)")
        if approved:
            eff_due = max(approved)[1]

        # explanations
        for j, exr in enumerate(t.get("explanations", [])):
            xw = f"{where}.explanations[{j}]"
            n_explanations += 1
            rq = as_date(exr.get("requested_on"), xw + ".requested_on", rep)
            not_future(rq, xw)
            if rq and rq < issued:
                rep.err(f"{xw}: requested before the plan was issued")
            if exr.get("by") not in people:
                rep.err(f"{xw}: unknown person {exr.get('by')!r}")
            if not exr.get("question"):
                rep.err(f"{xw}: question missing")
            ans = [exr.get(x) is not None for x in ("answered_on", "answered_by", "answer")]
            if any(ans) and not all(ans):
                rep.err(f"{xw}: answered_on, answered_by and answer go together")
            ao = as_date(exr.get("answered_on"), xw + ".answered_on", rep)
            not_future(ao, xw + ".answered_on")
            if ao and rq and ao < rq:
                rep.err(f"{xw}: answered before asked")
            if exr.get("answered_by") is not None and exr.get("answered_by") not in people:
                rep.err(f"{xw}: unknown answered_by")

        # status, by the one rule
        if canc:
            st = "cancelled"
        elif done:
            st = "completed_on_time" if eff_due is None or done <= eff_due else "completed_late"
        elif pending:
            st = "extension_pending"
        elif eff_due is not None and eff_due < as_of:
            st = "overdue"
        elif eff_due is not None and eff_due <= as_of + dt.timedelta(days=7):
            st = "due_soon"
        elif prog and prog[-1].get("percent", 0) > 0:
            st = "in_progress"
        else:
            st = "not_started"
        statuses[st] += 1
        status_of[id(t)] = st
        if st == "overdue":
            lp = prog[-1].get("percent") if prog else 0
            if not 30 <= lp <= 80:
                rep.err(f"{where}: overdue with progress {lp}% (want 30–80%)")

    if (c := find_cycle(task_parent)) is not None:
        rep.err(f"tasks: parent cycle through {c}")

    # ---- Long Biên's 2023 plan: 47 key tasks, led by district bodies and all 14 wards
    lb_plan = [k for k, d in docs.items() if (d.get("symbol"), d.get("issuer")) == LB_PLAN_SYMBOL]
    n_key = 0
    if len(lb_plan) != 1:
        rep.err(f"Long Biên plan {LB_PLAN_SYMBOL[0]} not found exactly once")
    else:
        lbp = lb_plan[0]
        key_tasks = [t for t in tasks_l if t.get("plan") == lbp and t.get("key_task")]
        n_key = len(key_tasks)
        if n_key != LB_KEY_TASKS:
            rep.err(f"Long Biên plan {lbp}: {n_key} key tasks (want {LB_KEY_TASKS})")
        codes = [t.get("code") for t in tasks_l if t.get("plan") == lbp]
        if len(codes) != len(set(codes)):
            rep.err(f"Long Biên plan {lbp}: duplicate task codes")
        led_wards = set()
        for t in key_tasks:
            for a in [t.get("lead")] + ancestors(t.get("lead")):
                if units.get(a, {}).get("kind") == "ward":
                    led_wards.add(units[a]["name"])
        missing = {f"Phường {w}" for w in LB_WARDS} - led_wards
        if missing:
            rep.err(f"Long Biên plan: wards leading no key task: {sorted(missing)}")
    # task codes unique per plan
    per_plan = defaultdict(Counter)
    for t in tasks_l:
        per_plan[t.get("plan")][t.get("code")] += 1
    for p, cnt in per_plan.items():
        for c, n in cnt.items():
            if n > 1:
                rep.err(f"plan {p}: task code {c!r} used {n} times")

    # ---- targets
    targets = data.get("targets", [])
    lb2020 = Counter()
    lb2020_n = 0
    lb2020_pct = []
    outcomes_other = Counter()
    for i, tg in enumerate(targets):
        tw = f"targets[{i}] {tg.get('indicator', '?')!r}"
        if tg.get("unit") not in units:
            rep.err(f"{tw}: unknown unit {tg.get('unit')!r}")
        b = period_bounds(str(tg.get("period", "")))
        if b is None:
            rep.err(f"{tw}: bad period {tg.get('period')!r}")
        if tg.get("direction") not in DIRECTIONS:
            rep.err(f"{tw}: bad direction {tg.get('direction')!r}")
        planned = tg.get("planned")
        if not isinstance(planned, (int, float)) or planned < 0:
            rep.err(f"{tw}: planned must be a non-negative number")
            continue
        if not tg.get("uom"):
            rep.err(f"{tw}: uom missing")
        acts = tg.get("actuals", [])
        last = None
        prev = dt.date.min
        for j, a in enumerate(acts):
            on = as_date(a.get("on"), f"{tw}.actuals[{j}].on", rep)
            not_future(on, f"{tw}.actuals[{j}]")
            if on and on < prev:
                rep.err(f"{tw}: actuals out of date order")
            if on and b and on < b[0]:
                rep.err(f"{tw}: actual dated {on} before the period starts")
            prev = on or prev
            v = a.get("value")
            if not isinstance(v, (int, float)) or v < 0:
                rep.err(f"{tw}: actual value must be a non-negative number")
                continue
            last = float(v)
        if last is None:
            continue
        oc = outcome(tg.get("direction", "higher"), float(planned), last)
        if tg.get("unit") == "lb" and tg.get("period") == "2020":
            lb2020_n += 1
            lb2020[oc] += 1
            lb2020_pct.append((tg.get("indicator"), percent_achieved(tg["direction"], float(planned), last)))
        else:
            outcomes_other[oc] += 1
    if lb2020_n != 16 or lb2020["exceeded"] != 9 or lb2020["met"] != 7 or lb2020["missed"]:
        rep.err(f"Long Biên 2020 targets: {lb2020_n} targets, {dict(lb2020)} (want 16: 9 exceeded, 7 met)")
    for needle, want in (("Thu ngân sách", 107), ("giấy chứng nhận", 329), ("hộ nghèo", 195)):
        hits = [p for ind, p in lb2020_pct if needle.lower() in (ind or "").lower() and p is not None]
        if not any(round(p) == want for p in hits):
            rep.err(f"Long Biên 2020: no target {needle!r} at {want}% (found {[round(p, 1) for p in hits]})")
    if outcomes_other and not outcomes_other["missed"]:
        rep.err("ward targets: want some missed")

    # ---- mix
    n_tasks = len(tasks_l)
    completed = statuses["completed_on_time"] + statuses["completed_late"]
    shares = {
        "completed": completed, "in_progress": statuses["in_progress"],
        "due_soon": statuses["due_soon"], "overdue": statuses["overdue"],
    }
    counts = {
        "extension_pending": statuses["extension_pending"],
        "approved_extensions": ext_counter["approved"],
        "rejected_extensions": ext_counter["rejected"],
        "explanation_requests": n_explanations,
        "cancelled": statuses["cancelled"],
        "tasks": n_tasks,
        "people": len(people),
    }
    for k, n in shares.items():
        lo, hi = MIX_SHARE[k]
        if n_tasks and not lo <= n / n_tasks <= hi:
            rep.err(f"status mix: {k} {n}/{n_tasks} = {n / n_tasks:.0%} (want {lo:.0%}–{hi:.0%})")
    for k, n in counts.items():
        lo, hi = MIX_COUNT[k]
        if not lo <= n <= hi:
            rep.err(f"counts: {k} = {n} (want {lo}–{hi})")
    if statuses["completed_late"] == 0:
        rep.err("status mix: want some tasks completed late")

    # ---- print
    print(f"dondoc demo check — {path}  (as of {as_of})")
    print()
    kinds = Counter(u.get("kind") for u in units.values())
    print(f"units      {len(units):4d}   " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    cats = Counter(p.get("category") for p in people.values())
    print(f"people     {len(people):4d}   " + ", ".join(f"{k} {n}" for k, n in sorted(cats.items()))
          + f"; heads {sum(heads.values())}; party members {sum(1 for p in people.values() if p.get('party_member'))}")
    dk = Counter(d.get("kind") for d in docs.values())
    print(f"documents  {len(docs):4d}   " + ", ".join(f"{k} {n}" for k, n in sorted(dk.items())))
    lk = Counter(l.get("kind") for l in links)
    print(f"links      {len(links):4d}   " + ", ".join(f"{k} {n}" for k, n in sorted(lk.items())))
    print(f"themes     {len(themes):4d}")
    n_prog = sum(len(t.get("progress", [])) for t in tasks_l)
    n_key_all = sum(1 for t in tasks_l if t.get("key_task"))
    print(f"tasks      {n_tasks:4d}   key {n_key_all} (Long Biên plan {n_key}); progress reports {n_prog}; "
          f"extensions {dict(ext_counter)}; explanation requests {n_explanations}")
    print(f"targets    {len(targets):4d}   Long Biên 2020: {lb2020_n} ({lb2020['exceeded']} exceeded, "
          f"{lb2020['met']} met, {lb2020['missed']} missed); others {dict(outcomes_other)}")
    per_plan_n = Counter(t.get("plan") for t in tasks_l)
    print()
    print("tasks per plan:")
    for p, n in per_plan_n.most_common():
        print(f"  {docs.get(p, {}).get('symbol', p):<16} {n:4d}")
    print()
    print(f"status as of {as_of}            n      %")
    order = ["completed_on_time", "completed_late", "in_progress", "due_soon", "overdue",
             "extension_pending", "not_started", "cancelled"]
    for s in order:
        n = statuses[s]
        print(f"  {s:<28} {n:4d}  {n / max(n_tasks, 1):5.1%}")
    print(f"  {'total':<28} {n_tasks:4d}")
    print()
    for w in rep.warnings:
        print("warning:", w)
    for e in rep.errors:
        print("ERROR:", e)
    print(f"{len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    return 1 if rep.errors else 0


def main() -> int:
    default = Path(__file__).with_name("hanoi.toml")
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    return check(path)


if __name__ == "__main__":
    sys.exit(main())
