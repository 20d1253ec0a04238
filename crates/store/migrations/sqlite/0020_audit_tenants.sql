-- One audit chain per tenant (SQLite). Twin: ../postgres/0020_audit_tenants.sql, which
-- explains the design: a chain (head row and sequence numbers) per tenant, installation-wide
-- events in the chain of tenant 0, the chain written before this migration kept whole as the
-- chain of tenant 0 with `hash_format = 1`.
--
-- SQLite cannot change a primary key in place: both tables are rebuilt (DROP TABLE removes the
-- guard triggers first, so the rebuild fires none) and their triggers created again. SQLite is
-- never sharded: the triggers stay.
CREATE TABLE audit_log_new (
    tenant_id   BIGINT NOT NULL,
    seq         BIGINT NOT NULL,
    at          TEXT NOT NULL,
    user_id     BIGINT,
    actor       TEXT NOT NULL,
    address     TEXT,
    entity      TEXT NOT NULL,
    entity_id   BIGINT NOT NULL,
    action      TEXT NOT NULL,
    before      TEXT,
    after       TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    hash_format SMALLINT NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
INSERT INTO audit_log_new (tenant_id, seq, at, user_id, actor, address, entity, entity_id, action, before, after,
                           prev_hash, hash, hash_format)
SELECT 0, seq, at, user_id, actor, address, entity, entity_id, action, before, after, prev_hash, hash, 1
FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE audit_head_new (
    tenant_id  BIGINT NOT NULL PRIMARY KEY,
    seq        BIGINT NOT NULL,
    hash       TEXT NOT NULL
);
INSERT INTO audit_head_new (tenant_id, seq, hash) SELECT 0, seq, hash FROM audit_head;
DROP TABLE audit_head;
ALTER TABLE audit_head_new RENAME TO audit_head;

-- The head of each chain only moves forward, never changes chain, and is never removed.
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
WHEN NEW.tenant_id <> OLD.tenant_id OR NEW.seq < OLD.seq
BEGIN
    SELECT RAISE(ABORT, 'audit_head only moves forward');
END;

CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'audit_head cannot be deleted');
END;
