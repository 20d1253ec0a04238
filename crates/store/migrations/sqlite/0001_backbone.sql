-- dondoc backbone schema (SQLite). Keep in step with ../postgres/0001_backbone.sql:
-- same tables, columns and indexes; only types differ.
-- Every row carries tenant_id (the top-level unit it belongs to) so tables can later be
-- distributed by tenant (Citus); unit paths use so range scans follow byte order.

CREATE TABLE units (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   BIGINT NOT NULL,
    parent_id   BIGINT REFERENCES units(id),
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    name_fold   TEXT NOT NULL,
    short_name  TEXT,
    sort_key    BLOB NOT NULL,
    path        TEXT NOT NULL,
    depth       INTEGER NOT NULL,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX units_path ON units (path);
CREATE INDEX units_parent ON units (parent_id, sort_key);
CREATE INDEX units_name_fold ON units (name_fold);

-- For each unit, every ancestor (and itself) with the ancestor's child on the way down:
-- roll-ups "per child unit" read task_rollup by anc_id without walking the tree.
CREATE TABLE unit_ancestors (
    unit_id   BIGINT NOT NULL REFERENCES units(id),
    anc_id    BIGINT NOT NULL REFERENCES units(id),
    child_id  BIGINT NOT NULL REFERENCES units(id),
    PRIMARY KEY (unit_id, anc_id)
);
CREATE INDEX unit_ancestors_anc ON unit_ancestors (anc_id);

CREATE TABLE people (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     BIGINT NOT NULL,
    unit_id       BIGINT NOT NULL REFERENCES units(id),
    unit_path     TEXT NOT NULL,
    name          TEXT NOT NULL,
    name_fold     TEXT NOT NULL,
    sort_key      BLOB NOT NULL,
    position      TEXT,
    category      TEXT NOT NULL,
    party_member  INTEGER NOT NULL,
    is_head       INTEGER NOT NULL,
    version       BIGINT NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX people_unit_path ON people (unit_path);
CREATE INDEX people_unit ON people (unit_id, sort_key);
CREATE INDEX people_name_fold ON people (name_fold);

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id       BIGINT NOT NULL,
    kind            TEXT NOT NULL,
    symbol          TEXT NOT NULL,
    symbol_raw      TEXT NOT NULL,
    number          TEXT NOT NULL,
    symbol_year     INTEGER,
    doc_type        TEXT,
    issuer_code     TEXT NOT NULL,
    form            TEXT NOT NULL,
    title           TEXT NOT NULL,
    title_fold      TEXT NOT NULL,
    issuer_unit_id  BIGINT NOT NULL REFERENCES units(id),
    issuer_path     TEXT NOT NULL,
    issued_on       TEXT NOT NULL,
    issued_year     INTEGER NOT NULL,
    valid_from      TEXT,
    valid_to        TEXT,
    version         BIGINT NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
-- Number + symbol is unique per issuing body and year (State numbering restarts each year;
-- Party numbering runs per term, so a repeat in another year is legitimate).
CREATE UNIQUE INDEX documents_symbol ON documents (issuer_unit_id, symbol, issued_year);
CREATE INDEX documents_issuer_path ON documents (issuer_path, issued_on);
CREATE INDEX documents_symbol_lookup ON documents (symbol);

CREATE TABLE document_links (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   BIGINT NOT NULL,
    from_id     BIGINT NOT NULL REFERENCES documents(id),
    to_id       BIGINT NOT NULL REFERENCES documents(id),
    kind        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX document_links_unique ON document_links (from_id, to_id, kind);
CREATE INDEX document_links_to ON document_links (to_id);

CREATE TABLE themes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL REFERENCES units(id),
    year        INTEGER NOT NULL,
    title       TEXT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX themes_unit_year ON themes (unit_id, year);

CREATE TABLE theme_plans (
    theme_id     BIGINT NOT NULL REFERENCES themes(id),
    document_id  BIGINT NOT NULL REFERENCES documents(id),
    tenant_id    BIGINT NOT NULL,
    PRIMARY KEY (theme_id, document_id)
);
CREATE INDEX theme_plans_document ON theme_plans (document_id);

CREATE TABLE tasks (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id        BIGINT NOT NULL,
    plan_id          BIGINT NOT NULL REFERENCES documents(id),
    parent_id        BIGINT REFERENCES tasks(id),
    code             TEXT,
    title            TEXT NOT NULL,
    title_fold       TEXT NOT NULL,
    details          TEXT,
    is_key           INTEGER NOT NULL,
    lead_unit_id     BIGINT NOT NULL REFERENCES units(id),
    unit_path        TEXT NOT NULL,
    responsible_id   BIGINT REFERENCES people(id),
    deadline_text    TEXT,
    due_on           TEXT,
    original_due_on  TEXT,
    recurrence       TEXT,
    expected_output  TEXT,
    progress         INTEGER NOT NULL DEFAULT 0,
    completed_on     TEXT,
    cancelled_on     TEXT,
    cancel_reason    TEXT,
    ext_pending      INTEGER NOT NULL DEFAULT 0,
    phase            INTEGER NOT NULL,
    version          BIGINT NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX tasks_unit_path ON tasks (unit_path, due_on);
-- Open work (phase 4 started, 5 not started) by due date: the overdue list walks this index
-- from the oldest date; key tasks likewise.
CREATE INDEX tasks_open_due ON tasks (due_on, unit_path) WHERE phase >= 4;
CREATE INDEX tasks_key_due ON tasks (due_on, unit_path) WHERE is_key = TRUE;
CREATE INDEX tasks_plan ON tasks (plan_id, code);
CREATE INDEX tasks_parent ON tasks (parent_id);
CREATE INDEX tasks_responsible ON tasks (responsible_id);
CREATE INDEX tasks_lead ON tasks (lead_unit_id);

CREATE TABLE task_cooperators (
    task_id    BIGINT NOT NULL REFERENCES tasks(id),
    unit_id    BIGINT NOT NULL REFERENCES units(id),
    tenant_id  BIGINT NOT NULL,
    PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX task_cooperators_unit ON task_cooperators (unit_id);

CREATE TABLE progress_reports (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id    BIGINT NOT NULL,
    task_id      BIGINT NOT NULL REFERENCES tasks(id),
    reported_on  TEXT NOT NULL,
    author_id    BIGINT REFERENCES people(id),
    percent      INTEGER NOT NULL,
    body         TEXT NOT NULL,
    evidence     TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX progress_reports_task ON progress_reports (task_id, reported_on);

CREATE TABLE extension_requests (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      BIGINT NOT NULL,
    task_id        BIGINT NOT NULL REFERENCES tasks(id),
    requested_on   TEXT NOT NULL,
    requested_by   BIGINT REFERENCES people(id),
    old_due_on     TEXT,
    new_due_on     TEXT NOT NULL,
    reason         TEXT NOT NULL,
    decision       TEXT NOT NULL,
    decided_on     TEXT,
    decided_by     BIGINT REFERENCES people(id),
    decision_note  TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX extension_requests_task ON extension_requests (task_id);

CREATE TABLE explanation_requests (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     BIGINT NOT NULL,
    task_id       BIGINT NOT NULL REFERENCES tasks(id),
    requested_on  TEXT NOT NULL,
    requested_by  BIGINT REFERENCES people(id),
    question      TEXT NOT NULL,
    answered_on   TEXT,
    answered_by   BIGINT REFERENCES people(id),
    answer        TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX explanation_requests_task ON explanation_requests (task_id);

-- Task counts per (ancestor, child on the way down, key flag, phase, due date), maintained
-- in the same transaction as every task write. due_on '9999-12-31' stands for "no due date"
-- (NULLs would defeat the unique key). Status is applied at read time with today's date.
CREATE TABLE task_rollup (
    anc_id    BIGINT NOT NULL,
    child_id  BIGINT NOT NULL,
    is_key    INTEGER NOT NULL,
    phase     INTEGER NOT NULL,
    due_on    TEXT NOT NULL,
    n         BIGINT NOT NULL,
    PRIMARY KEY (anc_id, child_id, is_key, phase, due_on)
);

CREATE TABLE targets (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id       BIGINT NOT NULL,
    unit_id         BIGINT NOT NULL REFERENCES units(id),
    unit_path       TEXT NOT NULL,
    period          TEXT NOT NULL,
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    indicator       TEXT NOT NULL,
    indicator_fold  TEXT NOT NULL,
    uom             TEXT NOT NULL,
    direction       TEXT NOT NULL,
    planned         REAL NOT NULL,
    actual          REAL,
    actual_on       TEXT,
    outcome         TEXT NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX targets_unique ON targets (unit_id, period, indicator_fold);
-- Covering index for the targets summary of a subtree and period.
CREATE INDEX targets_unit_path ON targets (unit_path, period_start, period_end, outcome);

CREATE TABLE target_actuals (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id    BIGINT NOT NULL,
    target_id    BIGINT NOT NULL REFERENCES targets(id),
    measured_on  TEXT NOT NULL,
    value        REAL NOT NULL,
    note         TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX target_actuals_target ON target_actuals (target_id, measured_on);
