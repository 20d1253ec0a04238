-- Conference invitation lists (PostgreSQL). Twin: ../sqlite/0019_conference_invitees.sql.
--
-- One row per person invited to a conference: generated from the conference's audiences
-- (`domain::conference_invitees::invitation`) or added by hand (`by_hand`), with the unit the
-- person worked in when invited, the bridge point they attend at (`point_unit_id`, NULL for the
-- main venue) and their attendance as marked at the roll-call (`attendance`: invited, present,
-- late, absent — an absence with its reason). Like every tenant table since 0018 its keys end
-- with the tenant and it points at its conference within the tenant, so Citus keeps a
-- conference and its list on one shard; the people and units it names are checked by the
-- application (as for inspection teams and subjects).
CREATE TABLE conference_invitees (
    tenant_id      BIGINT NOT NULL,
    conference_id  BIGINT NOT NULL,
    person_id      BIGINT NOT NULL,
    unit_id        BIGINT NOT NULL,
    point_unit_id  BIGINT,
    audience_group TEXT NOT NULL,
    attendance     TEXT NOT NULL DEFAULT 'invited',
    absence_reason TEXT,
    by_hand        BOOLEAN NOT NULL DEFAULT FALSE,
    marked_by      BIGINT,
    marked_at      TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (conference_id, person_id, tenant_id),
    FOREIGN KEY (tenant_id, conference_id) REFERENCES conferences (tenant_id, id) DEFERRABLE
);
CREATE INDEX conference_invitees_conference ON conference_invitees (conference_id, point_unit_id);
CREATE INDEX conference_invitees_person ON conference_invitees (person_id);
CREATE INDEX conference_invitees_unit ON conference_invitees (unit_id);
