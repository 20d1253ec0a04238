-- One audit chain per tenant (PostgreSQL). Twin: ../sqlite/0020_audit_tenants.sql.
--
-- Until now the audit trail was one hash chain with one head row that every write in the
-- installation claimed: a write hotspot, and a table Citus could not distribute. From here each
-- tenant (the top unit a record belongs to) has its own chain — its own head row and its own
-- sequence numbers, starting at 1 — and installation-wide events (accounts, roles, tokens,
-- notification settings, evaluation rule sets: whatever belongs to no unit) go to the chain of
-- tenant 0, which no unit can be (unit ids start at 1).
--
-- The chain written before this migration becomes the chain of tenant 0, untouched: every
-- entry keeps its number, content and hash, so it still verifies. Its entries are marked
-- `hash_format = 1` (the hash without the tenant, as they were written); entries written from
-- now on have `hash_format = 2`, whose hash covers the tenant as well (store::audit).
--
-- The log is keyed by (tenant_id, seq): every read of a chain names its tenant, and a sequence
-- number means nothing without it (every chain has an entry 1). The head is keyed by the tenant.
-- Both are tenant tables: Citus distributes them with the rest (store::distribution), after
-- dropping the guard triggers below, which it refuses; on plain PostgreSQL the triggers stay.
ALTER TABLE audit_log ADD COLUMN tenant_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_log ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE audit_log ADD COLUMN hash_format SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE audit_log ALTER COLUMN hash_format DROP DEFAULT;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey, ADD PRIMARY KEY (tenant_id, seq);

-- The head of each chain only moves forward and never changes chain.
CREATE OR REPLACE FUNCTION audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.tenant_id <> OLD.tenant_id OR NEW.seq < OLD.seq THEN
        RAISE EXCEPTION 'audit_head only moves forward' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
ALTER TABLE audit_head ADD COLUMN tenant_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_head ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE audit_head DROP COLUMN id;
ALTER TABLE audit_head ADD PRIMARY KEY (tenant_id);
