-- The roll-up's lists of a subtree (open tasks past due, open key tasks), in due-date order,
-- name the subtree's tenant beside its path range (so that Citus routes them to one shard).
-- PostgreSQL multiplies the two conditions' selectivities although the path implies the
-- tenant, expects a handful of rows, and sorted the whole province's open tasks instead of
-- walking an index in due-date order: 35 ms for a province's overdue list at national scale,
-- 2 ms with these (docs/performance-national.md). The due-date-first indexes stay for the
-- whole country's lists, which name no tenant.
CREATE INDEX tasks_open_due_tenant ON tasks (tenant_id, due_on, unit_path) WHERE phase >= 4;
CREATE INDEX tasks_key_due_tenant ON tasks (tenant_id, due_on, unit_path) WHERE is_key = TRUE;

-- Search and the lists' text filters: the trigram indexes of 0004 become GIN indexes on
-- (tenant_id, ' ' || folded text). The tenant, written beside a scope's path range, lets the
-- index read only the province's part of each trigram's list: a province-wide search for
-- common words ("ke hoach thuc hien") read every trigram's national list (133 ms for the
-- tasks alone at national scale), 5–66 ms with the tenant (docs/performance-national.md).
-- The leading space makes a word start one pattern, `'% word%'`, where it took two
-- (`'word%' OR '% word%'`), each reading the same trigrams. `sql::spaced_fold` writes the
-- expression; queries without a tenant (the whole country, the lists' filters) still use
-- the index through its second column. btree_gin (a trusted extension, like pg_trgm) gives
-- GIN its equality on a bigint.
CREATE EXTENSION IF NOT EXISTS btree_gin;
DROP INDEX units_name_trgm;
DROP INDEX people_name_trgm;
DROP INDEX documents_title_trgm;
DROP INDEX tasks_title_trgm;
CREATE INDEX units_name_trgm ON units USING gin (tenant_id, (' ' || name_fold) gin_trgm_ops);
CREATE INDEX people_name_trgm ON people USING gin (tenant_id, (' ' || name_fold) gin_trgm_ops);
CREATE INDEX documents_title_trgm ON documents USING gin (tenant_id, (' ' || title_fold) gin_trgm_ops);
CREATE INDEX tasks_title_trgm ON tasks USING gin (tenant_id, (' ' || title_fold) gin_trgm_ops);

-- A task list's total ("57,388 nhiệm vụ") counts the subtree's tasks that are not group
-- headings: with `is_group` in the path index the count reads the index alone (an
-- index-only scan), not one heap page per task — 133 ms → 10 ms for a province at national
-- scale when its tasks lie scattered through the table, as tasks written over a year do.
DROP INDEX tasks_unit_path;
CREATE INDEX tasks_unit_path ON tasks (unit_path, due_on, is_group);

-- The open tasks past due (or due soon) in deadline order: `id` after the date gives a list
-- filtered by such a status its page order (`due_on, id`) from the index, and `unit_path` and
-- `is_group` let its count read the index alone. Measured on SQLite at city scale (94,064 open
-- tasks past due): the count 283 → 16 ms, the page 287 → 0.3 ms (docs/performance.md).
DROP INDEX tasks_open_due;
CREATE INDEX tasks_open_due ON tasks (due_on, id, unit_path, is_group) WHERE phase >= 4;
