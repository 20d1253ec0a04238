-- Keys that let every tenant table be distributed by tenant (SQLite side).
-- Twin: ../postgres/0018_tenant_keys.sql, which explains the rule.
--
-- SQLite is one database, never sharded; it takes the same columns and the same named keys so
-- that the two schemas stay twins and every statement (ON CONFLICT targets included) runs on
-- both. The tables keyed by their rowid (`id INTEGER PRIMARY KEY`) keep it: SQLite cannot add
-- a column to a rowid key, and has no shards to need it (the schema twin test allows exactly
-- this difference). The small tables with composite keys are rebuilt with the tenant at the end
-- of their key, as on PostgreSQL. Foreign keys stay as they were: a single database
-- checks them whole.

-- 1. Rows that hang off a unit or a parent record carry their tenant too.
CREATE TABLE unit_ancestors_new (
    tenant_id BIGINT NOT NULL,
    unit_id   BIGINT NOT NULL REFERENCES units(id),
    anc_id    BIGINT NOT NULL REFERENCES units(id),
    child_id  BIGINT NOT NULL REFERENCES units(id),
    PRIMARY KEY (unit_id, anc_id, tenant_id)
);
INSERT INTO unit_ancestors_new (tenant_id, unit_id, anc_id, child_id)
SELECT u.tenant_id, a.unit_id, a.anc_id, a.child_id FROM unit_ancestors a JOIN units u ON u.id = a.unit_id;
DROP TABLE unit_ancestors;
ALTER TABLE unit_ancestors_new RENAME TO unit_ancestors;
CREATE INDEX unit_ancestors_anc ON unit_ancestors (anc_id);

CREATE TABLE task_rollup_new (
    tenant_id BIGINT NOT NULL,
    anc_id    BIGINT NOT NULL,
    child_id  BIGINT NOT NULL,
    is_key    INTEGER NOT NULL,
    phase     INTEGER NOT NULL,
    due_on    TEXT NOT NULL,
    n         BIGINT NOT NULL,
    PRIMARY KEY (anc_id, child_id, is_key, phase, due_on, tenant_id)
);
INSERT INTO task_rollup_new (tenant_id, anc_id, child_id, is_key, phase, due_on, n)
SELECT u.tenant_id, r.anc_id, r.child_id, r.is_key, r.phase, r.due_on, r.n FROM task_rollup r JOIN units u ON u.id = r.anc_id;
DROP TABLE task_rollup;
ALTER TABLE task_rollup_new RENAME TO task_rollup;

ALTER TABLE requirement_items ADD COLUMN tenant_id BIGINT NOT NULL DEFAULT 0;
UPDATE requirement_items SET tenant_id = (SELECT r.tenant_id FROM requirements r WHERE r.id = requirement_items.requirement_id);

CREATE TABLE reminder_rules_new (
    tenant_id              BIGINT NOT NULL,
    unit_id                BIGINT NOT NULL REFERENCES units(id),
    before_days            TEXT NOT NULL,
    on_day                 INTEGER NOT NULL,
    after_days             TEXT NOT NULL,
    escalate_head_after    INTEGER,
    escalate_office_after  INTEGER,
    version                BIGINT NOT NULL DEFAULT 1,
    updated_at             TEXT NOT NULL,
    PRIMARY KEY (unit_id, tenant_id)
);
INSERT INTO reminder_rules_new (tenant_id, unit_id, before_days, on_day, after_days, escalate_head_after,
                                escalate_office_after, version, updated_at)
SELECT u.tenant_id, r.unit_id, r.before_days, r.on_day, r.after_days, r.escalate_head_after,
       r.escalate_office_after, r.version, r.updated_at
FROM reminder_rules r JOIN units u ON u.id = r.unit_id;
DROP TABLE reminder_rules;
ALTER TABLE reminder_rules_new RENAME TO reminder_rules;

-- 2. Composite keys end with the tenant.
CREATE TABLE theme_plans_new (
    tenant_id    BIGINT NOT NULL,
    theme_id     BIGINT NOT NULL REFERENCES themes(id),
    document_id  BIGINT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (theme_id, document_id, tenant_id)
);
INSERT INTO theme_plans_new (tenant_id, theme_id, document_id) SELECT tenant_id, theme_id, document_id FROM theme_plans;
DROP TABLE theme_plans;
ALTER TABLE theme_plans_new RENAME TO theme_plans;
CREATE INDEX theme_plans_document ON theme_plans (document_id);

CREATE TABLE task_cooperators_new (
    tenant_id  BIGINT NOT NULL,
    task_id    BIGINT NOT NULL REFERENCES tasks(id),
    unit_id    BIGINT NOT NULL REFERENCES units(id),
    PRIMARY KEY (task_id, unit_id, tenant_id)
);
INSERT INTO task_cooperators_new (tenant_id, task_id, unit_id) SELECT tenant_id, task_id, unit_id FROM task_cooperators;
DROP TABLE task_cooperators;
ALTER TABLE task_cooperators_new RENAME TO task_cooperators;
CREATE INDEX task_cooperators_unit ON task_cooperators (unit_id);

CREATE TABLE eval_task_marks_new (
    tenant_id         BIGINT NOT NULL,
    task_id           BIGINT NOT NULL REFERENCES tasks(id),
    quality_failures  INTEGER NOT NULL DEFAULT 0,
    quality_reason    TEXT,
    exceeded          INTEGER NOT NULL DEFAULT 0,
    waived            INTEGER NOT NULL DEFAULT 0,
    waiver_cause      TEXT,
    weight            INTEGER NOT NULL DEFAULT 100,
    updated_at        TEXT NOT NULL,
    PRIMARY KEY (task_id, tenant_id)
);
INSERT INTO eval_task_marks_new (tenant_id, task_id, quality_failures, quality_reason, exceeded, waived, waiver_cause, weight, updated_at)
SELECT tenant_id, task_id, quality_failures, quality_reason, exceeded, waived, waiver_cause, weight, updated_at FROM eval_task_marks;
DROP TABLE eval_task_marks;
ALTER TABLE eval_task_marks_new RENAME TO eval_task_marks;

-- publication_plans points at publications: keep its rows aside while both are rebuilt.
CREATE TEMP TABLE publication_plans_keep AS
SELECT p.tenant_id, x.unit_id, x.plan_id FROM publication_plans x JOIN publications p ON p.unit_id = x.unit_id;
DROP TABLE publication_plans;
CREATE TABLE publications_new (
    tenant_id       BIGINT NOT NULL,
    unit_id         BIGINT NOT NULL REFERENCES units(id),
    published       INTEGER NOT NULL,
    intro           TEXT NOT NULL,
    show_targets    INTEGER NOT NULL,
    targets_year    INTEGER,
    show_key_tasks  INTEGER NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (unit_id, tenant_id)
);
INSERT INTO publications_new (tenant_id, unit_id, published, intro, show_targets, targets_year, show_key_tasks, version, updated_at)
SELECT tenant_id, unit_id, published, intro, show_targets, targets_year, show_key_tasks, version, updated_at FROM publications;
DROP TABLE publications;
ALTER TABLE publications_new RENAME TO publications;
CREATE INDEX publications_published ON publications (published, unit_id);
CREATE TABLE publication_plans (
    tenant_id  BIGINT NOT NULL,
    unit_id    BIGINT NOT NULL,
    plan_id    BIGINT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (unit_id, plan_id, tenant_id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES publications (tenant_id, unit_id)
);
INSERT INTO publication_plans (tenant_id, unit_id, plan_id) SELECT tenant_id, unit_id, plan_id FROM publication_plans_keep;
DROP TABLE publication_plans_keep;

CREATE TABLE conference_documents_new (
    tenant_id      BIGINT NOT NULL,
    conference_id  BIGINT NOT NULL REFERENCES conferences(id),
    document_id    BIGINT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (conference_id, document_id, tenant_id)
);
INSERT INTO conference_documents_new (tenant_id, conference_id, document_id)
SELECT tenant_id, conference_id, document_id FROM conference_documents;
DROP TABLE conference_documents;
ALTER TABLE conference_documents_new RENAME TO conference_documents;
CREATE INDEX conference_documents_document ON conference_documents (document_id);

CREATE TABLE conference_conclusions_new (
    tenant_id      BIGINT NOT NULL,
    conference_id  BIGINT NOT NULL REFERENCES conferences(id),
    document_id    BIGINT NOT NULL REFERENCES documents(id),
    created_at     TEXT NOT NULL,
    PRIMARY KEY (conference_id, document_id, tenant_id)
);
INSERT INTO conference_conclusions_new (tenant_id, conference_id, document_id, created_at)
SELECT tenant_id, conference_id, document_id, created_at FROM conference_conclusions;
DROP TABLE conference_conclusions;
ALTER TABLE conference_conclusions_new RENAME TO conference_conclusions;
CREATE INDEX conference_conclusions_document ON conference_conclusions (document_id);

-- 3. Unique keys hold within a tenant (the same named keys as on PostgreSQL). The tables whose
-- unique constraint was declared inline (requirement_items, conference_points,
-- inspection_subjects, inspection_team) keep it: SQLite cannot drop it without a rebuild, and
-- with ids unique in the whole file it says no more than the named key.
DROP INDEX units_path;
CREATE UNIQUE INDEX units_path ON units (path, tenant_id);
DROP INDEX documents_symbol;
CREATE UNIQUE INDEX documents_symbol ON documents (issuer_unit_id, symbol, issued_year, tenant_id);
DROP INDEX document_links_unique;
CREATE UNIQUE INDEX document_links_unique ON document_links (from_id, to_id, kind, tenant_id);
DROP INDEX themes_unit_year;
CREATE UNIQUE INDEX themes_unit_year ON themes (unit_id, year, tenant_id);
DROP INDEX targets_unique;
CREATE UNIQUE INDEX targets_unique ON targets (unit_id, period, indicator_fold, tenant_id);
DROP INDEX evaluations_person_period;
CREATE UNIQUE INDEX evaluations_person_period ON evaluations (person_id, period, family, tenant_id);
DROP INDEX evaluation_years_person;
CREATE UNIQUE INDEX evaluation_years_person ON evaluation_years (person_id, year, family, tenant_id);
DROP INDEX feedback_points_code;
CREATE UNIQUE INDEX feedback_points_code ON feedback_points (code, tenant_id);
DROP INDEX files_record_content;
CREATE UNIQUE INDEX files_record_content ON files (record_kind, record_id, sha256, tenant_id);
CREATE UNIQUE INDEX requirement_items_once ON requirement_items (requirement_id, unit_id, tenant_id);
CREATE UNIQUE INDEX conference_points_once ON conference_points (conference_id, unit_id, tenant_id);
CREATE UNIQUE INDEX inspection_subjects_once ON inspection_subjects (inspection_id, unit_id, tenant_id);
CREATE UNIQUE INDEX inspection_team_once ON inspection_team (inspection_id, person_id, tenant_id);
