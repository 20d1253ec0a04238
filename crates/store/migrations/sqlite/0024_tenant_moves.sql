-- Units moved to another tenant (province) (SQLite). Twin: ../postgres/0024_tenant_moves.sql.
--
-- A record's audit entries are in the chain of the tenant it belonged to when each was written
-- (migration 0020); a moved subtree leaves its earlier entries in its old tenant's chain. This
-- small list of moves names, for a tenant, the tenants whose chains may hold entries of its
-- records, so a record's history reads those chains only (on Citus: a few shards, not all).
-- Filled from the moves already in the audit trail, which records each move in the chain of the
-- tenant arrived in.
CREATE TABLE tenant_moves (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id      BIGINT NOT NULL,
    from_tenant  BIGINT NOT NULL,
    to_tenant    BIGINT NOT NULL,
    moved_at     TEXT NOT NULL
);
INSERT INTO tenant_moves (unit_id, from_tenant, to_tenant, moved_at)
SELECT entity_id, CAST(json_extract(before, '$.tenant_id') AS INTEGER), CAST(json_extract(after, '$.tenant_id') AS INTEGER), at
  FROM audit_log
 WHERE entity = 'unit' AND action = 'move'
   AND tenant_id = CAST(json_extract(after, '$.tenant_id') AS INTEGER)
   AND json_extract(before, '$.tenant_id') <> json_extract(after, '$.tenant_id')
 ORDER BY at, seq;
