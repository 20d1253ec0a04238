-- What a unit's office publishes to citizens (SQLite). Twin: ../postgres/0013_publications.sql.
--
-- A unit's public page exists only while `published` is true; it shows the plans listed in
-- `publication_plans` with their progress, and — when chosen — the targets of a year and the
-- completed key tasks. Nothing else of the unit is ever public. Publishing and unpublishing are
-- audited like every write.

CREATE TABLE publications (
    unit_id         BIGINT PRIMARY KEY REFERENCES units(id),
    tenant_id       BIGINT NOT NULL,
    published       INTEGER NOT NULL,
    intro           TEXT NOT NULL,
    show_targets    INTEGER NOT NULL,
    targets_year    INTEGER,
    show_key_tasks  INTEGER NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL
);
CREATE INDEX publications_published ON publications (published, unit_id);

CREATE TABLE publication_plans (
    unit_id  BIGINT NOT NULL REFERENCES publications(unit_id),
    plan_id  BIGINT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (unit_id, plan_id)
);
