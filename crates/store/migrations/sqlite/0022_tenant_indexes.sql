-- A task list's total counts the subtree's tasks that are not group headings: with
-- `is_group` in the path index the count reads the index alone (see the PostgreSQL migration
-- of this number, which also adds tenant-first indexes for queries that name the tenant beside
-- a path range — only PostgreSQL's do, see `rollup::read::Subtrees::cond` — and rebuilds its
-- trigram indexes by tenant, where SQLite searches through FTS5 tables).
DROP INDEX tasks_unit_path;
CREATE INDEX tasks_unit_path ON tasks (unit_path, due_on, is_group);
