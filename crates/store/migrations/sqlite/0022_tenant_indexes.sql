-- A task list's total counts the subtree's tasks that are not group headings: with
-- `is_group` in the path index the count reads the index alone (see the PostgreSQL migration
-- of this number, which also adds tenant-first indexes for queries that name the tenant beside
-- a path range — only PostgreSQL's do, see `rollup::read::Subtrees::cond` — and rebuilds its
-- trigram indexes by tenant, where SQLite searches through FTS5 tables).
DROP INDEX tasks_unit_path;
CREATE INDEX tasks_unit_path ON tasks (unit_path, due_on, is_group);

-- The open tasks past due (or due soon) in deadline order: `id` after the date gives a list
-- filtered by such a status its page order (`due_on, id`) from the index, and `unit_path` and
-- `is_group` let its count read the index alone. Measured on SQLite at city scale (94,064 open
-- tasks past due): the count 283 → 16 ms, the page 287 → 0.3 ms (docs/performance.md).
DROP INDEX tasks_open_due;
CREATE INDEX tasks_open_due ON tasks (due_on, id, unit_path, is_group) WHERE phase >= 4;
