-- 0032's index with the tenant first, for a subtree's list of open key tasks (which names its
-- tenant beside its path range); PostgreSQL only (schema_twin: tenant-first indexes); its twin
-- ../sqlite/0033_open_key_tasks_tenant.sql does nothing on purpose.
CREATE INDEX tasks_key_open_due_tenant ON tasks (tenant_id, due_on, id, unit_path) WHERE is_key = TRUE AND phase >= 3 AND is_group = FALSE;
