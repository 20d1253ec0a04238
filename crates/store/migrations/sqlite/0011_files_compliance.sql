-- Attached files (SQLite). Twin: ../postgres/0011_files_compliance.sql.
--
-- The content lives outside the database, stored once per SHA-256 under the files directory
-- (`store::blobs`); a row says which record a file is attached to and through which record its
-- readers are decided (`subject_kind`/`subject_id`: a task for a progress report's files).
-- The same content may be attached to several records, once per record.
CREATE TABLE files (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     BIGINT NOT NULL,
    subject_kind  TEXT NOT NULL,
    subject_id    BIGINT NOT NULL,
    record_kind   TEXT NOT NULL,
    record_id     BIGINT NOT NULL,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        TEXT NOT NULL,
    uploaded_by   BIGINT,
    created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX files_record_content ON files (record_kind, record_id, sha256);
CREATE INDEX files_subject ON files (subject_kind, subject_id);

-- Compliance requirements: "every unit of kind K under U must do X by D", one item per unit.
CREATE TABLE requirements (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id       BIGINT NOT NULL,
    issuer_unit_id  BIGINT NOT NULL REFERENCES units(id),
    scope_unit_id   BIGINT NOT NULL REFERENCES units(id),
    unit_kind       TEXT NOT NULL,
    title           TEXT NOT NULL,
    due_on          TEXT NOT NULL,
    meeting_month   TEXT,
    task_id         BIGINT REFERENCES tasks(id),
    created_by      BIGINT,
    created_at      TEXT NOT NULL
);
CREATE INDEX requirements_scope ON requirements (scope_unit_id);

CREATE TABLE requirement_items (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    requirement_id  BIGINT NOT NULL REFERENCES requirements(id),
    unit_id         BIGINT NOT NULL REFERENCES units(id),
    unit_path       TEXT NOT NULL,
    state           TEXT NOT NULL,
    done_on         TEXT,
    note            TEXT,
    present         INTEGER,
    expected        INTEGER,
    meeting_id      BIGINT,
    return_reason   TEXT,
    reported_by     BIGINT,
    reviewed_by     BIGINT,
    updated_at      TEXT NOT NULL,
    UNIQUE (requirement_id, unit_id)
);
CREATE INDEX requirement_items_path ON requirement_items (requirement_id, unit_path);
CREATE INDEX requirement_items_unit ON requirement_items (unit_id);

-- Units' regular meetings (sinh hoạt chi bộ định kỳ, Điều lệ Đảng art. 24: once a month).
CREATE TABLE unit_meetings (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL REFERENCES units(id),
    held_on     TEXT NOT NULL,
    topic       TEXT NOT NULL,
    present     INTEGER NOT NULL,
    expected    INTEGER NOT NULL,
    entered_by  BIGINT,
    created_at  TEXT NOT NULL
);
CREATE INDEX unit_meetings_unit ON unit_meetings (unit_id, held_on);
