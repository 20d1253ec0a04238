-- A subtree's list of open tasks in deadline order (the task list's default order:
-- `COALESCE(due_on, '9999-12-31'), id`, not finished or cancelled, no group headings), with
-- the subtree's tenant first (a list names its tenant beside its path range, for Citus). With
-- only the whole installation's `tasks_due_order` to walk, PostgreSQL read the nation's open
-- tasks in due order and dropped the other provinces' (36,000 rows, 102 ms, in parallel
-- workers, for the first page of a province at twenty million tasks); with this index the
-- first page is the province's first 50 entries (0.5 ms; docs/performance-national.md).
-- PostgreSQL only (schema_twin: tenant-first indexes); ../sqlite/0034_open_order_tenant.sql
-- does nothing. One statement (Citus, docs/scaling.md).
CREATE INDEX tasks_open_order_tenant ON tasks (tenant_id, (COALESCE(due_on, '9999-12-31')), id) WHERE phase >= 3 AND is_group = FALSE;
