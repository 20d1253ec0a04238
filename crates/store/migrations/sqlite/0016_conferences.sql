-- Conferences (SQLite). Twin: ../postgres/0016_conferences.sql.
--
-- A conference is held by a host unit (`host_path` copied for scoped lists), disseminates
-- registered documents, is meant for audiences, and reaches bridge points: units with their
-- expected and actual attendance as reported. A series groups the sessions of one directive
-- disseminated to several audiences. A conference's conclusion notice, imported as a plan,
-- is linked to it (`conference_conclusions`), so its tasks are the conference's follow-up.
-- The main venue has its own counts (`venue_expected`, `venue_present`).
CREATE TABLE conference_series (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     BIGINT NOT NULL,
    host_unit_id  BIGINT NOT NULL REFERENCES units(id),
    title         TEXT NOT NULL,
    created_by    BIGINT,
    created_at    TEXT NOT NULL
);
CREATE INDEX conference_series_host ON conference_series (host_unit_id);

CREATE TABLE conferences (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     BIGINT NOT NULL,
    host_unit_id  BIGINT NOT NULL REFERENCES units(id),
    host_path     TEXT NOT NULL,
    series_id     BIGINT REFERENCES conference_series(id),
    kind          TEXT NOT NULL,
    title         TEXT NOT NULL,
    starts_on     TEXT NOT NULL,
    starts_at     TEXT,
    format        TEXT NOT NULL,
    venue         TEXT,
    venue_expected INTEGER,
    venue_present  INTEGER,
    version       BIGINT NOT NULL DEFAULT 0,
    created_by    BIGINT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX conferences_host_path ON conferences (host_path, starts_on);
CREATE INDEX conferences_series ON conferences (series_id);

CREATE TABLE conference_documents (
    tenant_id      BIGINT NOT NULL,
    conference_id  BIGINT NOT NULL REFERENCES conferences(id),
    document_id    BIGINT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (conference_id, document_id)
);
CREATE INDEX conference_documents_document ON conference_documents (document_id);

CREATE TABLE conference_audiences (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      BIGINT NOT NULL,
    conference_id  BIGINT NOT NULL REFERENCES conferences(id),
    position       INTEGER NOT NULL,
    audience_group TEXT NOT NULL,
    note           TEXT
);
CREATE INDEX conference_audiences_conference ON conference_audiences (conference_id);

CREATE TABLE conference_points (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      BIGINT NOT NULL,
    conference_id  BIGINT NOT NULL REFERENCES conferences(id),
    unit_id        BIGINT NOT NULL REFERENCES units(id),
    position       INTEGER NOT NULL,
    expected       INTEGER,
    present        INTEGER,
    reported_by    BIGINT,
    updated_at     TEXT NOT NULL,
    UNIQUE (conference_id, unit_id)
);
CREATE INDEX conference_points_unit ON conference_points (unit_id);

CREATE TABLE conference_conclusions (
    tenant_id      BIGINT NOT NULL,
    conference_id  BIGINT NOT NULL REFERENCES conferences(id),
    document_id    BIGINT NOT NULL REFERENCES documents(id),
    created_at     TEXT NOT NULL,
    PRIMARY KEY (conference_id, document_id)
);
CREATE INDEX conference_conclusions_document ON conference_conclusions (document_id);
