-- Conference invitation lists (SQLite). Twin: ../postgres/0019_conference_invitees.sql.
--
-- One row per person invited to a conference: generated from the conference's audiences
-- (`domain::conference_invitees::invitation`) or added by hand (`by_hand`), with the unit the
-- person worked in when invited, the bridge point they attend at (`point_unit_id`, NULL for the
-- main venue) and their attendance as marked at the roll-call (`attendance`: invited, present,
-- late, absent — an absence with its reason). The key leads with the tenant so the table can be
-- distributed by tenant (Citus); the foreign keys are single-column until the keys they point at
-- carry the tenant too.
CREATE TABLE conference_invitees (
    tenant_id      BIGINT NOT NULL,
    conference_id  BIGINT NOT NULL REFERENCES conferences(id),
    person_id      BIGINT NOT NULL REFERENCES people(id),
    unit_id        BIGINT NOT NULL REFERENCES units(id),
    point_unit_id  BIGINT REFERENCES units(id),
    audience_group TEXT NOT NULL,
    attendance     TEXT NOT NULL DEFAULT 'invited',
    absence_reason TEXT,
    by_hand        INTEGER NOT NULL DEFAULT 0,
    marked_by      BIGINT,
    marked_at      TEXT,
    created_at     TEXT NOT NULL,
    PRIMARY KEY (tenant_id, conference_id, person_id)
);
CREATE INDEX conference_invitees_conference ON conference_invitees (conference_id, point_unit_id);
CREATE INDEX conference_invitees_person ON conference_invitees (person_id);
CREATE INDEX conference_invitees_unit ON conference_invitees (unit_id);
