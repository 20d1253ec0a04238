-- Conference invitation lists (SQLite). Twin: ../postgres/0019_conference_invitees.sql.
--
-- One row per person invited to a conference: generated from the conference's audiences
-- (`domain::conference_invitees::invitation`) or added by hand (`by_hand`), with the unit the
-- person worked in when invited, the bridge point they attend at (`point_unit_id`, NULL for the
-- main venue) and their attendance as marked at the roll-call (`attendance`: invited, present,
-- late, absent — an absence with its reason). Like every tenant table since 0018 its keys end
-- with the tenant (a single SQLite file checks its foreign key whole, see 0018); the people and
-- units it names are checked by the application (as for inspection teams and subjects).
CREATE TABLE conference_invitees (
    tenant_id      BIGINT NOT NULL,
    conference_id  BIGINT NOT NULL REFERENCES conferences(id),
    person_id      BIGINT NOT NULL,
    unit_id        BIGINT NOT NULL,
    point_unit_id  BIGINT,
    audience_group TEXT NOT NULL,
    attendance     TEXT NOT NULL DEFAULT 'invited',
    absence_reason TEXT,
    by_hand        INTEGER NOT NULL DEFAULT 0,
    marked_by      BIGINT,
    marked_at      TEXT,
    created_at     TEXT NOT NULL,
    PRIMARY KEY (conference_id, person_id, tenant_id)
);
CREATE INDEX conference_invitees_conference ON conference_invitees (conference_id, point_unit_id);
CREATE INDEX conference_invitees_person ON conference_invitees (person_id);
CREATE INDEX conference_invitees_unit ON conference_invitees (unit_id);
