-- A subtree below a province's top (a district, a commune) lists its open key tasks
-- (store::rollup::read, ListKind::KeyDated) from its own few hundred: the tenant, then the path
-- range, then the list's order. Before it, a commune's list read its 5,089 tasks by the path
-- index to find 441 open key ones, or walked the province's due order. A province's list names
-- its tenant alone (sql::subtree_own), so it keeps the walk in due order of
-- `tasks_key_open_due_tenant` (0033) and stops at the 50th entry; with the path range still
-- written, the planner took this index for the province too (224.7 ms instead of 0.8,
-- docs/performance-national.md). PostgreSQL only (tenant-first); the SQLite twin does nothing.
CREATE INDEX tasks_key_open_path_tenant ON tasks (tenant_id, unit_path, due_on, id) WHERE is_key = TRUE AND phase >= 3 AND is_group = FALSE;
