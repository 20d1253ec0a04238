-- The roll-up's list of open key tasks in deadline order reads only open key tasks (twin:
-- ../postgres/0032_open_key_tasks.sql, where the reason and the figures are). The `_tenant`
-- form is PostgreSQL's only (schema_twin: tenant-first indexes).
CREATE INDEX tasks_key_open_due ON tasks (due_on, id, unit_path) WHERE is_key = TRUE AND phase >= 3 AND is_group = FALSE;
