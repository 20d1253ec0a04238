-- Inspection and supervision (SQLite). Twin: ../postgres/0017_inspections.sql.
--
-- A commission's annual plan lists inspections (subjects, content, time, method); each then
-- moves through the steps of `domain::inspection::procedure` (stored in `step`). The papers
-- (self-reports, verification notes, drafts) are rows of inspection_records, their files rows
-- of `files` (record_kind 'inspection_record'); the conclusion's findings are per subject; each
-- recommendation is followed up as a task of the conclusion notice (a registered document).
CREATE TABLE inspection_plans (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     BIGINT NOT NULL,
    body_unit_id  BIGINT NOT NULL REFERENCES units(id),
    year          INTEGER NOT NULL,
    title         TEXT NOT NULL,
    created_by    BIGINT,
    created_at    TEXT NOT NULL
);
CREATE INDEX inspection_plans_body ON inspection_plans (body_unit_id, year);

CREATE TABLE inspections (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id          BIGINT NOT NULL,
    plan_id            BIGINT NOT NULL REFERENCES inspection_plans(id),
    body_unit_id       BIGINT NOT NULL REFERENCES units(id),
    body_path          TEXT NOT NULL,
    content            TEXT NOT NULL,
    time_text          TEXT NOT NULL,
    method             TEXT NOT NULL,
    step               TEXT NOT NULL,
    decision_symbol    TEXT,
    decided_on         TEXT,
    starts_on          TEXT,
    ends_on            TEXT,
    conclusion_symbol  TEXT,
    concluded_on       TEXT,
    summary            TEXT,
    document_id        BIGINT REFERENCES documents(id),
    closed_on          TEXT,
    version            BIGINT NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX inspections_plan ON inspections (plan_id);
CREATE INDEX inspections_body_path ON inspections (body_path, step);

CREATE TABLE inspection_subjects (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      BIGINT NOT NULL,
    inspection_id  BIGINT NOT NULL REFERENCES inspections(id),
    unit_id        BIGINT NOT NULL REFERENCES units(id),
    unit_path      TEXT NOT NULL,
    UNIQUE (inspection_id, unit_id)
);
CREATE INDEX inspection_subjects_path ON inspection_subjects (unit_path);

CREATE TABLE inspection_team (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      BIGINT NOT NULL,
    inspection_id  BIGINT NOT NULL REFERENCES inspections(id),
    person_id      BIGINT NOT NULL REFERENCES people(id),
    role           TEXT NOT NULL,
    UNIQUE (inspection_id, person_id)
);
CREATE INDEX inspection_team_person ON inspection_team (person_id);

CREATE TABLE inspection_records (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id        BIGINT NOT NULL,
    inspection_id    BIGINT NOT NULL REFERENCES inspections(id),
    kind             TEXT NOT NULL,
    subject_unit_id  BIGINT REFERENCES units(id),
    dated_on         TEXT NOT NULL,
    text             TEXT NOT NULL,
    created_by       BIGINT,
    created_at       TEXT NOT NULL
);
CREATE INDEX inspection_records_inspection ON inspection_records (inspection_id, kind);

CREATE TABLE inspection_findings (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id        BIGINT NOT NULL,
    inspection_id    BIGINT NOT NULL REFERENCES inspections(id),
    subject_unit_id  BIGINT NOT NULL REFERENCES units(id),
    text             TEXT NOT NULL
);
CREATE INDEX inspection_findings_inspection ON inspection_findings (inspection_id);

CREATE TABLE inspection_recommendations (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id        BIGINT NOT NULL,
    inspection_id    BIGINT NOT NULL REFERENCES inspections(id),
    subject_unit_id  BIGINT NOT NULL REFERENCES units(id),
    text             TEXT NOT NULL,
    task_id          BIGINT NOT NULL REFERENCES tasks(id),
    closed_on        TEXT,
    close_reason     TEXT,
    closed_by        BIGINT
);
CREATE INDEX inspection_recommendations_inspection ON inspection_recommendations (inspection_id);
CREATE INDEX inspection_recommendations_task ON inspection_recommendations (task_id);
