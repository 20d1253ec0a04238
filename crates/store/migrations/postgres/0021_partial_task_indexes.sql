-- Most tasks have no parent task, no person named yet and no external code: their entries in
-- these three indexes were NULL, written (with a page of each index) by every task created,
-- and read by no query — each query names a value (`parent_id = $1`, `responsible_id IN (…)`,
-- `ext_code = $2`), which a partial index on the non-NULL rows still answers. Measured on
-- task creation at city scale: docs/performance.md, "Task creation through the API".
DROP INDEX tasks_parent;
CREATE INDEX tasks_parent ON tasks (parent_id) WHERE parent_id IS NOT NULL;
DROP INDEX tasks_responsible;
CREATE INDEX tasks_responsible ON tasks (responsible_id) WHERE responsible_id IS NOT NULL;
DROP INDEX tasks_ext_code;
CREATE INDEX tasks_ext_code ON tasks (plan_id, ext_code) WHERE ext_code IS NOT NULL;
